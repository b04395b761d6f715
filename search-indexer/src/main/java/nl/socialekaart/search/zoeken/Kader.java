package nl.socialekaart.search.zoeken;

/** The visible map area, as its south, west, north and east edges in WGS84 degrees. */
public record Kader(double zuid, double west, double noord, double oost) {

    public Kader {
        if (!(zuid >= -90 && noord <= 90 && zuid < noord && west >= -180 && oost <= 180 && west < oost)) {
            throw new OngeldigeZoekvraagException("kader", "moet zuid,west,noord,oost zijn, met zuid < noord en west < oost");
        }
    }
}
