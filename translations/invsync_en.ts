<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>InventoryDocument</name>
    <message numerus="yes">
        <source>%n blank line(s) skipped (line(s) %1); blank lines are left out when the file is saved.</source>
        <translation>
            <numerusform>%n blank line skipped (line %1); blank lines are left out when the file is saved.</numerusform>
            <numerusform>%n blank lines skipped (lines %1); blank lines are left out when the file is saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) but the header has %1. Look for a stray delimiter (a thousands separator or a comma in an unquoted text) or a missing field.</source>
        <translation>
            <numerusform>This row has %n field but the header has %1. Look for a stray delimiter (a thousands separator or a comma in an unquoted text) or a missing field.</numerusform>
            <numerusform>This row has %n fields but the header has %1. Look for a stray delimiter (a thousands separator or a comma in an unquoted text) or a missing field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message numerus="yes">
        <source>&quot;profile %1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>&quot;profile %1&quot; takes %n argument</numerusform>
            <numerusform>&quot;profile %1&quot; takes %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRowsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln row(s)</source>
        <translation>
            <numerusform>Delete %Ln row</numerusform>
            <numerusform>Delete %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowsCommand</name>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n row loaded</numerusform>
            <numerusform>%n rows loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionPlan</name>
    <message numerus="yes">
        <source>%n row(s) have errors: fix them, or leave them out.</source>
        <translation>
            <numerusform>%n row have errors: fix them, or leave them out.</numerusform>
            <numerusform>%n rows have errors: fix them, or leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message numerus="yes">
        <source>%1 has %n error(s); nothing was sent. Fix them (&quot;invsync validate %2&quot;), or leave those rows out with --skip-invalid.</source>
        <translation>
            <numerusform>%1 has %n error; nothing was sent. Fix them (&quot;invsync validate %2&quot;), or leave those rows out with --skip-invalid.</numerusform>
            <numerusform>%1 has %n errors; nothing was sent. Fix them (&quot;invsync validate %2&quot;), or leave those rows out with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) not found in warehouse %1: %2. Nothing was sent; leave those rows out with --skip-invalid.</source>
        <translation>
            <numerusform>%n SKU not found in warehouse %1: %2. Nothing was sent; leave those rows out with --skip-invalid.</numerusform>
            <numerusform>%n SKUs not found in warehouse %1: %2. Nothing was sent; leave those rows out with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>Left out %n row with errors.</numerusform>
            <numerusform>Left out %n rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 (%n row(s)) to %2 in %3 batch(es):</source>
        <translation>
            <numerusform>Sent %1 (%n row) to %2 in %3 batch:</numerusform>
            <numerusform>Sent %1 (%n rows) to %2 in %3 batches:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped serving the file before ShipHero downloaded it; the batches were not aborted, but %n part(s) will fail to download.</source>
        <translation>
            <numerusform>stopped serving the file before ShipHero downloaded it; the batches were not aborted, but %n part will fail to download.</numerusform>
            <numerusform>stopped serving the file before ShipHero downloaded it; the batches were not aborted, but %n parts will fail to download.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ShipHero did not download %n part(s) within %1 minutes; their batches will fail: %2</source>
        <translation>
            <numerusform>ShipHero did not download %n part within %1 minutes; their batches will fail: %2</numerusform>
            <numerusform>ShipHero did not download %n parts within %1 minutes; their batches will fail: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>No problems found in %n row(s).</source>
        <translation>
            <numerusform>No problems found in %n row.</numerusform>
            <numerusform>No problems found in %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::AbortDialog</name>
    <message numerus="yes">
        <source>%n row(s) already applied will stay applied: aborting does not revert them. About %1 row(s) not processed yet will not be applied.</source>
        <translation>
            <numerusform>%n row already applied will stay applied: aborting does not revert them. About %1 row not processed yet will not be applied.</numerusform>
            <numerusform>%n rows already applied will stay applied: aborting does not revert them. About %1 rows not processed yet will not be applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::BatchPage</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) loaded</source>
        <translation>
            <numerusform>%n failed row loaded</numerusform>
            <numerusform>%n failed rows loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::BatchesPage</name>
    <message numerus="yes">
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Updated %n s ago</numerusform>
            <numerusform>Updated %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Updated %n min ago</numerusform>
            <numerusform>Updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch aborted: %n row(s) had been applied and stay applied.</source>
        <translation>
            <numerusform>Batch aborted: %n row had been applied and stay applied.</numerusform>
            <numerusform>Batch aborted: %n rows had been applied and stay applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::GraphqlClient</name>
    <message numerus="yes">
        <source>%1 Tried %n time(s); check your network connection and try again.</source>
        <translation>
            <numerusform>%1 Tried %n time; check your network connection and try again.</numerusform>
            <numerusform>%1 Tried %n times; check your network connection and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::MainWindow</name>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln row to %1.</numerusform>
            <numerusform>Saved %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed row(s) could not be found in the file sent for this batch.</source>
        <translation>
            <numerusform>%Ln failed row could not be found in the file sent for this batch.</numerusform>
            <numerusform>%Ln failed rows could not be found in the file sent for this batch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::Reconciler</name>
    <message numerus="yes">
        <source>%n interrupted submission(s) had started and are now tracked.</source>
        <translation>
            <numerusform>%n interrupted submission had started and are now tracked.</numerusform>
            <numerusform>%n interrupted submissions had started and are now tracked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted submission(s) had not started; the file(s) can be sent again.</source>
        <translation>
            <numerusform>%n interrupted submission had not started; the file can be sent again.</numerusform>
            <numerusform>%n interrupted submissions had not started; the files can be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted submission(s) could not be checked yet; InvSync will ask again at the next start.</source>
        <translation>
            <numerusform>%n interrupted submission could not be checked yet; InvSync will ask again at the next start.</numerusform>
            <numerusform>%n interrupted submissions could not be checked yet; InvSync will ask again at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::Submission</name>
    <message numerus="yes">
        <source>Cancelled: %Ln of %1 batch(es) were started.</source>
        <translation>
            <numerusform>Cancelled: %Ln of %1 batch were started.</numerusform>
            <numerusform>Cancelled: %Ln of %1 batches were started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::SubmitPanel</name>
    <message numerus="yes">
        <source>Looking up %Ln SKU(s) in %1…</source>
        <translation>
            <numerusform>Looking up %Ln SKU in %1…</numerusform>
            <numerusform>Looking up %Ln SKUs in %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln SKU(s) against %1.</source>
        <translation>
            <numerusform>Checked %Ln SKU against %1.</numerusform>
            <numerusform>Checked %Ln SKUs against %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units up in %Ln row(s)</source>
        <translation>
            <numerusform>%1 units up in %Ln row</numerusform>
            <numerusform>%1 units up in %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units down in %Ln row(s)</source>
        <translation>
            <numerusform>%1 units down in %Ln row</numerusform>
            <numerusform>%1 units down in %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with SKUs not in the warehouse</source>
        <translation>
            <numerusform>%Ln row with SKUs not in the warehouse</numerusform>
            <numerusform>%Ln rows with SKUs not in the warehouse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %Ln row(s) with errors</source>
        <translation>
            <numerusform>Leave out the %Ln row with errors</numerusform>
            <numerusform>Leave out the %Ln rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) to %1?</source>
        <translation>
            <numerusform>Send %Ln row to %1?</numerusform>
            <numerusform>Send %Ln rows to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors are left out.</source>
        <translation>
            <numerusform>%Ln row with errors are left out.</numerusform>
            <numerusform>%Ln rows with errors are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file goes out as %Ln batch(es) of at most %1 rows, one after another.</source>
        <translation>
            <numerusform>The file goes out as %Ln batch of at most %1 rows, one after another.</numerusform>
            <numerusform>The file goes out as %Ln batches of at most %1 rows, one after another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %Ln batch(es): %1.</source>
        <translation>
            <numerusform>Started %Ln batch: %1.</numerusform>
            <numerusform>Started %Ln batches: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::UploadPage</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln row(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln row</numerusform>
            <numerusform>Showing %1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln row(s)</source>
        <translation>
            <numerusform>Showing all %Ln row</numerusform>
            <numerusform>Showing all %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s). Undo brings back what was deleted.</source>
        <translation>
            <numerusform>Deleted %Ln row. Undo brings back what was deleted.</numerusform>
            <numerusform>Deleted %Ln rows. Undo brings back what was deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
