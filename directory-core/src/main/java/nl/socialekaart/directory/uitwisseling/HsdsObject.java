package nl.socialekaart.directory.uitwisseling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HSDS object as an ordered map. HSDS fields are optional strings or numbers that must be absent rather
 * than {@code null} (the schemas do not allow null), so {@link #met} leaves out null values and empty lists.
 */
public final class HsdsObject extends LinkedHashMap<String, Object> {

    public HsdsObject met(String veld, Object waarde) {
        if (waarde == null || (waarde instanceof List<?> lijst && lijst.isEmpty())) {
            return this;
        }
        put(veld, waarde instanceof Enum<?> e ? e.name() : waarde instanceof java.util.UUID u ? u.toString() : waarde);
        return this;
    }

    /** The value as text, or null. */
    public String tekst(String veld) {
        Object waarde = get(veld);
        return waarde == null ? null : waarde.toString();
    }

    public static HsdsObject van(Map<String, ?> map) {
        HsdsObject object = new HsdsObject();
        object.putAll(map);
        return object;
    }
}
