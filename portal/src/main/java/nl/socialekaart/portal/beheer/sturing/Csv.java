package nl.socialekaart.portal.beheer.sturing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A table as a CSV download that Excel in a Dutch locale opens correctly: semicolons, a UTF-8 byte
 * order mark, and a file name in Content-Disposition.
 */
final class Csv {

    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

    private Csv() {
    }

    static HttpResponse<String> download(String bestandsnaam, List<String> kop, List<List<?>> rijen) {
        StringWriter uit = new StringWriter();
        uit.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(uit, FORMAAT)) {
            printer.printRecord(kop);
            for (List<?> rij : rijen) {
                printer.printRecord(rij);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(uit.toString())
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"");
    }
}
