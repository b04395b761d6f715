package nl.socialekaart.directory.uitwisseling;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code datapackage.json} of the tabular export (Frictionless Data Package, as HSDS 3.0's tabular format uses):
 * one tabular-data-resource per {@link Tabel}, with its fields and primary key.
 */
final class DataPackage {

    static final String PROFIEL = "HSDS-NL sociale kaart";

    private DataPackage() {
    }

    static HsdsObject beschrijving() {
        List<HsdsObject> resources = new ArrayList<>();
        for (Tabel tabel : Tabel.values()) {
            List<HsdsObject> velden = new ArrayList<>();
            for (String kolom : tabel.kolommen()) {
                HsdsObject veld = new HsdsObject().met("name", kolom).met("type", tabel.type(kolom));
                if (kolom.equals("id") || kolom.endsWith("_id") && !kolom.equals("bag_id")) {
                    veld.met("format", "uuid");
                }
                velden.add(veld);
            }
            resources.add(new HsdsObject()
                    .met("name", tabel.hsdsNaam())
                    .met("path", tabel.bestand())
                    .met("profile", "tabular-data-resource")
                    .met("format", "csv")
                    .met("mediatype", "text/csv")
                    .met("encoding", "utf-8")
                    .met("schema", new HsdsObject().met("fields", velden).met("primaryKey", "id")));
        }
        return new HsdsObject()
                .met("name", "sociale-kaart-hsds")
                .met("title", "Sociale kaart, Open Referral HSDS 3.0 (" + PROFIEL + ")")
                .met("profile", "tabular-data-package")
                .met("version", "3.0")
                .met("resources", resources);
    }
}
