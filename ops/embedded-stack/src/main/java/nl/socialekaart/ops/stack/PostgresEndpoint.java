package nl.socialekaart.ops.stack;

/** How to reach the embedded PostgreSQL database {@code sociale_kaart}; the user owns that database. */
public record PostgresEndpoint(String jdbcUrl, String username, String password) {

    @Override
    public String toString() {
        return "PostgresEndpoint[jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
    }
}
