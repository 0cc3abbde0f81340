#pragma once

#include "gui/DialogProvider.h"

#include <QList>
#include <QStringList>

namespace invsync {

// Answers the windows' questions from lists filled in by the test, and
// records what was asked. An empty list answers "cancel".
class TestDialogProvider : public DialogProvider
{
public:
    QStringList openFileNames;
    QStringList saveFileNames;
    QList<QMessageBox::StandardButton> answers;

    QStringList questionsAsked;
    QStringList warningsShown;
    QStringList suggestedSaveNames;

    QString getOpenFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openFileNames.isEmpty() ? QString() : openFileNames.takeFirst();
    }
    QString getSaveFileName(QWidget *, const QString &, const QString &dir,
                            const QString &) override
    {
        suggestedSaveNames << dir;
        return saveFileNames.isEmpty() ? QString() : saveFileNames.takeFirst();
    }
    QMessageBox::StandardButton question(QWidget *, const QString &, const QString &text,
                                         QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton) override
    {
        questionsAsked << text;
        return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
    }
    void warning(QWidget *, const QString &, const QString &text) override
    {
        warningsShown << text;
    }
};

} // namespace invsync
