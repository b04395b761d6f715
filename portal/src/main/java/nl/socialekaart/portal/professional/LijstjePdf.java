package nl.socialekaart.portal.professional;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The shortlist as a PDF (OpenPDF): per voorziening name, contact, addresses and opening hours; a QR code to the list. */
final class LijstjePdf {

    private LijstjePdf() {
    }

    static byte[] maak(String site, List<LijstjeRegel> regels, String link) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, uit);
            document.addTitle("Lijstje voorzieningen");
            document.open();
            Font kop = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font naam = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font gewoon = FontFactory.getFont(FontFactory.HELVETICA, 10);
            document.add(new Paragraph("Voorzieningen voor u - " + site, kop));
            document.add(new Paragraph(" "));
            for (LijstjeRegel regel : regels) {
                document.add(new Paragraph(regel.naam(), naam));
                document.add(new Paragraph(regel.korteOmschrijving(), gewoon));
                document.add(new Paragraph("Aanbieder: " + regel.aanbieder(), gewoon));
                for (String c : regel.contact()) {
                    document.add(new Paragraph(c, gewoon));
                }
                for (String l : regel.locaties()) {
                    document.add(new Paragraph(l, gewoon));
                }
                document.add(new Paragraph(" "));
            }
            document.add(new Paragraph("Dit lijstje online: " + link, gewoon));
            Image qr = Image.getInstance(QrCode.png(link, 300));
            qr.scaleAbsolute(110, 110);
            document.add(qr);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF maken mislukt", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}
