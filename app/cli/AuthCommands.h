#pragma once

#include "cli/Command.h"

namespace invsync {

// `invsync login [--token-stdin]`: signs in to the connection and keeps the
// tokens in the keychain for the commands that follow.
class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;
};

// `invsync logout`: forgets the connection's tokens.
class LogoutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogoutCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitCode run(CliContext &ctx) const override;
};

// `invsync profile list|use|add|remove`: the connection profiles the window
// shows in its settings.
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;
};

} // namespace invsync
