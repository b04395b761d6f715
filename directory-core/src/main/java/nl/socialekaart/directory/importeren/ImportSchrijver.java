package nl.socialekaart.directory.importeren;

import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.voorziening.Voorziening;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes one valid row on a given connection (the caller owns the transaction): finds the voorziening by
 * extern id, updates or inserts it, replaces its thema's, doelgroepen and werkgebied, and links its locatie.
 * Plain SQL, because an update sets only the columns the file has. The database triggers record the change
 * in the outbox (search index) and the audit trail.
 */
final class ImportSchrijver {

    /** Column of the file to column of the voorziening table, for the optional cells. */
    private static final Map<Kolom, Kolomwaarde> OPTIONEEL = new LinkedHashMap<>();

    static {
        OPTIONEEL.put(Kolom.KOSTEN_TOELICHTING, new Kolomwaarde("kosten_toelichting", Voorziening::kostenToelichting));
        OPTIONEEL.put(Kolom.TELEFOON, new Kolomwaarde("telefoon", Voorziening::telefoon));
        OPTIONEEL.put(Kolom.EMAIL, new Kolomwaarde("email", Voorziening::email));
        OPTIONEEL.put(Kolom.WEBSITE, new Kolomwaarde("website", Voorziening::website));
    }

    private record Kolomwaarde(String kolom, Function<Voorziening, String> waarde) {
    }

    enum Actie { TOEGEVOEGD, BIJGEWERKT }

    private ImportSchrijver() {
    }

    static Actie schrijf(Connection c, ImportRij rij) throws SQLException {
        Optional<UUID> bestaand = zoek(c, rij.externId());
        Voorziening v = rij.voorziening();
        UUID id;
        Actie actie;
        if (bestaand.isPresent()) {
            id = bestaand.get();
            werkBij(c, id, rij);
            actie = Actie.BIJGEWERKT;
        } else {
            id = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("""
                    insert into voorziening (id, extern_id, aanbieder_id, naam, slug, korte_omschrijving, omschrijving,
                        soort, toegang, kosten, kosten_toelichting, telefoon, email, website, status, laatst_gecontroleerd)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setObject(1, id);
                s.setString(2, rij.externId());
                s.setObject(3, v.aanbiederId());
                s.setString(4, v.naam());
                s.setString(5, v.slug());
                s.setString(6, v.korteOmschrijving());
                s.setString(7, v.omschrijving());
                s.setString(8, v.soort().name());
                s.setString(9, v.toegang().name());
                s.setString(10, v.kosten().name());
                s.setString(11, v.kostenToelichting());
                s.setString(12, v.telefoon());
                s.setString(13, v.email());
                s.setString(14, v.website());
                s.setString(15, v.status().name());
                s.setDate(16, v.laatstGecontroleerd() == null ? null : Date.valueOf(v.laatstGecontroleerd()));
                s.executeUpdate();
            }
            actie = Actie.TOEGEVOEGD;
        }
        if (rij.kolommen().contains(Kolom.THEMAS)) {
            vervangKoppelingen(c, "voorziening_thema", "thema_id", id, rij.themaIds());
        }
        if (rij.kolommen().contains(Kolom.DOELGROEPEN)) {
            vervangKoppelingen(c, "voorziening_doelgroep", "doelgroep_id", id, rij.doelgroepIds());
        }
        if (rij.kolommen().contains(Kolom.WERKGEBIED)) {
            vervangKoppelingen(c, "voorziening_kern", "kern_id", id, rij.kernIds());
        }
        if (rij.locatie() != null) {
            koppelLocatie(c, id, rij.locatie());
        }
        return actie;
    }

    /**
     * By extern id; an entry made in beheer has none, and the export then gives its own id as extern id, so
     * that importing an export updates it instead of adding a copy.
     */
    private static Optional<UUID> zoek(Connection c, String externId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from voorziening where extern_id = ?")) {
            s.setString(1, externId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return Optional.of(r.getObject(1, UUID.class));
                }
            }
        }
        UUID alsId;
        try {
            alsId = UUID.fromString(externId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try (PreparedStatement s = c.prepareStatement("select id from voorziening where id = ? and extern_id is null")) {
            s.setObject(1, alsId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(alsId) : Optional.empty();
            }
        }
    }

    private static void werkBij(Connection c, UUID id, ImportRij rij) throws SQLException {
        Voorziening v = rij.voorziening();
        List<String> kolommen = new ArrayList<>(List.of("extern_id", "aanbieder_id", "naam", "slug", "korte_omschrijving",
                "omschrijving", "soort", "toegang", "kosten"));
        List<Object> waarden = new ArrayList<>(List.of(rij.externId(), v.aanbiederId(), v.naam(), v.slug(),
                v.korteOmschrijving(), v.omschrijving(), v.soort().name(), v.toegang().name(), v.kosten().name()));
        for (var optioneel : OPTIONEEL.entrySet()) {
            if (rij.kolommen().contains(optioneel.getKey())) {
                kolommen.add(optioneel.getValue().kolom());
                waarden.add(optioneel.getValue().waarde().apply(v));
            }
        }
        if (rij.statusIngevuld()) {
            kolommen.add("status");
            waarden.add(v.status().name());
        }
        if (rij.gecontroleerdIngevuld()) {
            kolommen.add("laatst_gecontroleerd");
            waarden.add(Date.valueOf(v.laatstGecontroleerd()));
        }
        StringBuilder sql = new StringBuilder("update voorziening set ");
        for (String kolom : kolommen) {
            sql.append(kolom).append(" = ?, ");
        }
        // only when something differs, so importing an unchanged export leaves version, audit and index alone
        sql.append("gewijzigd_op = now(), version = version + 1 where id = ? and (")
                .append(String.join(", ", kolommen)).append(") is distinct from (")
                .append(String.join(", ", kolommen.stream().map(k -> "?").toList())).append(")");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object waarde : waarden) {
                s.setObject(i++, waarde);
            }
            s.setObject(i++, id);
            for (Object waarde : waarden) {
                s.setObject(i++, waarde);
            }
            s.executeUpdate();
        }
    }

    private static void vervangKoppelingen(Connection c, String tabel, String kolom, UUID id, Set<UUID> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from " + tabel + " where voorziening_id = ? and "
                + kolom + " <> all(?)")) {
            s.setObject(1, id);
            s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            s.executeUpdate();
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into " + tabel + " (voorziening_id, " + kolom
                + ") select ?, unnest(?::uuid[]) on conflict do nothing")) {
            s.setObject(1, id);
            s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            s.executeUpdate();
        }
    }

    /**
     * The locatie this voorziening already has under that name is updated; otherwise an existing locatie with
     * the same name, kern and address is reused (locaties are shared), else a new one is made. Other locaties
     * of the voorziening stay linked: a file has one locatie per row.
     */
    private static void koppelLocatie(Connection c, UUID voorzieningId, Locatie l) throws SQLException {
        UUID locatieId = null;
        try (PreparedStatement s = c.prepareStatement("""
                select l.id from locatie l join voorziening_locatie vl on vl.locatie_id = l.id
                where vl.voorziening_id = ? and lower(l.naam) = lower(?) order by l.id limit 1""")) {
            s.setObject(1, voorzieningId);
            s.setString(2, l.naam());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    locatieId = r.getObject(1, UUID.class);
                }
            }
        }
        if (locatieId == null) {
            try (PreparedStatement s = c.prepareStatement("""
                    select id from locatie where lower(naam) = lower(?) and kern_id = ?
                      and coalesce(straat, '') = coalesce(?, '') and coalesce(huisnummer, '') = coalesce(?, '')
                    order by id limit 1""")) {
                s.setString(1, l.naam());
                s.setObject(2, l.kernId());
                s.setString(3, l.straat());
                s.setString(4, l.huisnummer());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        locatieId = r.getObject(1, UUID.class);
                    }
                }
            }
        }
        if (locatieId == null) {
            locatieId = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("""
                    insert into locatie (id, naam, straat, huisnummer, postcode, plaats, kern_id, latitude, longitude)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                zetLocatie(s, locatieId, l);
                s.executeUpdate();
            }
        } else {
            try (PreparedStatement s = c.prepareStatement("""
                    update locatie set id = ?, naam = ?, straat = ?, huisnummer = ?, postcode = ?, plaats = ?, kern_id = ?,
                      latitude = ?, longitude = ?, version = version + 1
                    where id = ? and (naam, straat, huisnummer, postcode, plaats, kern_id, latitude, longitude)
                      is distinct from (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                zetLocatie(s, locatieId, l);
                s.setObject(10, locatieId);
                s.setString(11, l.naam());
                s.setString(12, l.straat());
                s.setString(13, l.huisnummer());
                s.setString(14, l.postcode());
                s.setString(15, l.plaats());
                s.setObject(16, l.kernId());
                s.setDouble(17, l.latitude());
                s.setDouble(18, l.longitude());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into voorziening_locatie (voorziening_id, locatie_id) values (?, ?) on conflict do nothing")) {
            s.setObject(1, voorzieningId);
            s.setObject(2, locatieId);
            s.executeUpdate();
        }
    }

    private static void zetLocatie(PreparedStatement s, UUID id, Locatie l) throws SQLException {
        s.setObject(1, id);
        s.setString(2, l.naam());
        s.setString(3, l.straat());
        s.setString(4, l.huisnummer());
        s.setString(5, l.postcode());
        s.setString(6, l.plaats());
        s.setObject(7, l.kernId());
        s.setDouble(8, l.latitude());
        s.setDouble(9, l.longitude());
    }
}
