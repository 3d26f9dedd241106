package org.zhonghe.registry;

/**
 * The columns of one file of the APX platform's exports (ACR, CAR, ART): each registry names
 * the same facts differently, and a cancellation file spells "Status Effective  (GMT)" with two
 * spaces. A null column is one the file lacks.
 */
record ApxLayout(String file, CreditStatus status, String serial, String quantity, String date,
                 String beneficiary, String holder, String[] notes, String projectId, String projectName,
                 String type, String methodology, String country, String stated) {

    static ApxLayout[] of(Registry r) {
        return switch (r) {
            case ACR -> new ApxLayout[] {
                new ApxLayout("issuances.csv", CreditStatus.ISSUED, null, "Total Credits Issued", null, null,
                        null, new String[0], "Project ID", "Project Name", "Project Type",
                        "Project Methodology/Protocol", "Project Site Country", "Verified Removal"),
                new ApxLayout("retirements.csv", CreditStatus.RETIRED, "Credit Serial Numbers", "Quantity of Credits",
                        "Status Effective (GMT)", "Retired on Behalf of", "Account Holder",
                        new String[] {"Retirement Reason", "Purpose of Retirement"}, "Project ID", "Project Name",
                        "Project Type", "Project Methodology/Protocol", "Project Site Country", "Verified Removal"),
                new ApxLayout("cancellations.csv", CreditStatus.CANCELLED, "Credit Serial Numbers", "Quantity of Credits",
                        "Status Effective  (GMT)", null, "Account Holder",
                        new String[] {"Cancellation Type", "Cancellation Details"}, "Project ID", "Project Name",
                        "Project Type", "Project Methodology/Protocol", "Project Site Country", "Verified Removal")};
            case CAR -> new ApxLayout[] {
                new ApxLayout("issuances.csv", CreditStatus.ISSUED, null, "Total Offset Credits Issued", null, null,
                        null, new String[0], "Project ID", "Project Name", "Project Type", "Protocol and Version",
                        "Project Site Country", "Reduction/Removal"),
                new ApxLayout("retirements.csv", CreditStatus.RETIRED, "Offset Credit Serial Numbers",
                        "Quantity of Offset Credits", "Status Effective", null, "Account Holder",
                        new String[] {"Retirement Reason", "Retirement Reason Details"}, "Project ID", "Project Name",
                        "Project Type", "Protocol and Version", "Project Site Country", "Reduction/Removal"),
                new ApxLayout("cancellations.csv", CreditStatus.CANCELLED, "Offset Credit Serial Numbers",
                        "Quantity of Offset Credits", "Status Effective", null, null,
                        new String[] {"Cancellation Reason", "Export Notes"}, "Project ID", "Project Name",
                        "Project Type", "Protocol and Version", "Project Site Country", "Reduction/Removal")};
            case ART -> new ApxLayout[] {
                new ApxLayout("issuances.csv", CreditStatus.ISSUED, null, "Credits Verified", null, null, null,
                        new String[0], "Program ID", "Program Name", "Program Type", "Crediting Program and Standard",
                        "Program  Country", null),
                new ApxLayout("retirements.csv", CreditStatus.RETIRED, "Credit Serial Numbers", "Quantity of Credits",
                        "Status Effective", "Retired on Behalf of", "Account Holder",
                        new String[] {"Retirement Reason", "Purpose of Retirement"}, "Program ID", "Program Name",
                        "Program Type", "Crediting Program and Standard", "Program  Country", null),
                new ApxLayout("cancellations.csv", CreditStatus.CANCELLED, "Credit Serial Numbers", "Quantity of Credits",
                        "Status Effective", null, "Account Holder",
                        new String[] {"Cancellation Reason", "Cancellation Details"}, "Program ID", "Program Name",
                        "Program Type", "Crediting Program and Standard", "Program  Country", null)};
            default -> throw new IllegalArgumentException("not an APX registry: " + r);
        };
    }

    static ProjectsFile.Columns projects(Registry r) {
        return switch (r) {
            case ACR -> new ProjectsFile.Columns("Project ID", "Project Name", "Project Type", "Project Methodology/Protocol",
                    "Project Site Country");
            case CAR -> new ProjectsFile.Columns("Project ID", "Project Name", "Project Type", null, "Project Site Country");
            case ART -> new ProjectsFile.Columns("Program ID", "Program Name", "Program Type", "Crediting Program and Standard",
                    "Program  Country");
            default -> throw new IllegalArgumentException("not an APX registry: " + r);
        };
    }
}
