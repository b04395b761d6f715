package nl.socialekaart.directory.verwijzing;

/** Where a referral stands. Accepted and declined referrals are closed: the retention period starts. */
public enum VerwijzingStatus {
    VERSTUURD("verstuurd"),
    INFORMATIE_GEVRAAGD("meer informatie gevraagd"),
    GEACCEPTEERD("geaccepteerd"),
    AFGEWEZEN("afgewezen");

    private final String label;

    VerwijzingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean afgesloten() {
        return this == GEACCEPTEERD || this == AFGEWEZEN;
    }
}
