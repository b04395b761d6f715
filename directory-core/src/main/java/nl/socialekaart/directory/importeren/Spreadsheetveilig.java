package nl.socialekaart.directory.importeren;

/**
 * Guards an exported file against formula injection: a cell starting with = + - @ (or a tab or carriage
 * return) would run as a formula when the file is opened in a spreadsheet, so the export puts a ' before it
 * (OWASP "CSV injection"). The import takes that ' off again, so an export imports unchanged.
 */
final class Spreadsheetveilig {

    private Spreadsheetveilig() {
    }

    static String heen(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return waarde;
        }
        return isFormulaTeken(waarde.charAt(0)) ? "'" + waarde : waarde;
    }

    static String terug(String waarde) {
        if (waarde.length() > 1 && waarde.charAt(0) == '\'' && isFormulaTeken(waarde.charAt(1))) {
            return waarde.substring(1);
        }
        return waarde;
    }

    private static boolean isFormulaTeken(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
