#include "gui/ViewStates.h"

#include "settings/Settings.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QSplitter>
#include <QVariantMap>

namespace invsync::ViewStates {

namespace {

// The section count goes first: a state saved for other columns is not restored.
constexpr quint32 HeaderMagic = 0x49534831; // "ISH1"

} // namespace

QByteArray value(const QString &name)
{
    return Settings::instance()->value(Settings::Key::ViewStates).toMap().value(name).toByteArray();
}

void setValue(const QString &name, const QByteArray &state)
{
    Settings *settings = Settings::instance();
    QVariantMap states = settings->value(Settings::Key::ViewStates).toMap();
    if (states.value(name).toByteArray() == state)
        return;
    states.insert(name, state);
    settings->setValue(Settings::Key::ViewStates, states);
}

void save(const QString &name, const QHeaderView *header, const QString &columnsKey)
{
    if (!header || header->count() == 0)
        return; // nothing loaded: keep what was saved before
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << HeaderMagic << qint32(header->count()) << columnsKey << header->saveState();
    setValue(name, bytes);
}

bool restore(const QString &name, QHeaderView *header, const QString &columnsKey)
{
    const QByteArray bytes = value(name);
    if (!header || bytes.isEmpty() || header->count() == 0)
        return false;
    QDataStream in(bytes);
    quint32 magic = 0;
    qint32 count = 0;
    QString key;
    QByteArray state;
    in >> magic >> count >> key >> state;
    if (in.status() != QDataStream::Ok || magic != HeaderMagic || count != header->count() ||
        key != columnsKey)
        return false;
    if (!header->restoreState(state))
        return false;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            header->showSection(section);
        if (header->sectionSize(section) < header->minimumSectionSize())
            header->resizeSection(section, header->defaultSectionSize());
    }
    return true;
}

void save(const QString &name, const QSplitter *splitter)
{
    if (splitter)
        setValue(name, splitter->saveState());
}

bool restore(const QString &name, QSplitter *splitter)
{
    const QByteArray state = value(name);
    return splitter && !state.isEmpty() && splitter->restoreState(state);
}

} // namespace invsync::ViewStates
