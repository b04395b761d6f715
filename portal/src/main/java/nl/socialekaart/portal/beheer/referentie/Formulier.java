package nl.socialekaart.portal.beheer.referentie;

import jakarta.validation.ConstraintViolation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a person typed into a beheer form and what is wrong with it, per field, in Dutch. On a refused
 * save the form is shown again with the values kept and each message next to its field.
 */
public final class Formulier {

    private final Map<String, String> waarden;
    private final Map<String, String> fouten = new LinkedHashMap<>();
    private String algemeneFout;

    public Formulier(Map<String, String> waarden) {
        this.waarden = new LinkedHashMap<>(waarden);
    }

    public static Formulier leeg() {
        return new Formulier(Map.of());
    }

    /** The field's value without surrounding spaces; "" when absent. */
    public String waarde(String veld) {
        String w = waarden.get(veld);
        return w == null ? "" : w.strip();
    }

    public Formulier met(String veld, Object waarde) {
        waarden.put(veld, waarde == null ? "" : String.valueOf(waarde));
        return this;
    }

    public Map<String, String> getWaarden() {
        return waarden;
    }

    public Map<String, String> getFouten() {
        return fouten;
    }

    public String getAlgemeneFout() {
        return algemeneFout;
    }

    public void fout(String veld, String melding) {
        fouten.putIfAbsent(veld, melding);
    }

    public void algemeneFout(String melding) {
        this.algemeneFout = melding;
    }

    /** Bean Validation messages of the record, under the form field of the same name. */
    public void fouten(Set<? extends ConstraintViolation<?>> schendingen) {
        schendingen.forEach(s -> fout(s.getPropertyPath().toString(), s.getMessage()));
    }

    public boolean heeftFouten() {
        return !fouten.isEmpty() || algemeneFout != null;
    }

    /** A required field: its value, or a message and null. */
    public String verplicht(String veld, String melding) {
        String w = waarde(veld);
        if (w.isEmpty()) {
            fout(veld, melding);
            return null;
        }
        return w;
    }

    /** A decimal as Dutch people type it too (comma), or a message and null. */
    public Double getal(String veld, String leegMelding) {
        String w = verplicht(veld, leegMelding);
        if (w == null) {
            return null;
        }
        try {
            return Double.valueOf(w.replace(',', '.'));
        } catch (NumberFormatException e) {
            fout(veld, "Vul een getal in, bijvoorbeeld 51,9376.");
            return null;
        }
    }

    public java.util.UUID uuid(String veld, String leegMelding) {
        String w = verplicht(veld, leegMelding);
        if (w == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(w);
        } catch (IllegalArgumentException e) {
            fout(veld, leegMelding);
            return null;
        }
    }

    /** The record version the form was loaded with, for optimistic locking; null for a new record. */
    public Long versie() {
        try {
            return waarde("version").isEmpty() ? null : Long.valueOf(waarde("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
