#pragma once

#include "cli/Command.h"
#include "inventory/DocumentLoader.h"

#include <optional>

namespace invsync {

class InventoryDocument;

// `invsync validate FILE [--json] [--encoding NAME] [--delimiter C] [--quiet]`:
// reads the file exactly as the window does (DocumentLoader) and lists its
// problems. Exit 0 without errors, 1 with errors, 2 when the file cannot be
// read or the call is wrong, 5 when interrupted.
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;

    // The option values as LoadOptions wants them; nullopt for a name not accepted.
    static std::optional<TextEncoding> parseEncoding(QStringView text);
    static QStringList encodingChoices();

    // The two outputs, public so that tests can check them on a document.
    static QString jsonReport(const InventoryDocument &document, const QString &file);
    static QString textReport(const InventoryDocument &document, const QString &file, bool quiet);

private:
};

} // namespace invsync
