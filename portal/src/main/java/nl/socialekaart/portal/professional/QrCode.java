package nl.socialekaart.portal.professional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A QR code as PNG, drawn with ZXing's encoder (core only; the image is made with the JDK). */
final class QrCode {

    private QrCode() {
    }

    static byte[] png(String tekst, int pixels) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(tekst, BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.MARGIN, 2));
            BufferedImage beeld = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    beeld.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            ImageIO.write(beeld, "png", uit);
            return uit.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Geen QR-code van deze tekst te maken", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
