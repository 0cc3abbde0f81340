#pragma once

#include <QByteArray>
#include <QString>

class QHeaderView;
class QSplitter;

namespace invsync {

// Column widths and splitter positions the user chose, kept across runs in
// Settings::Key::ViewStates (one entry per view, by a stable name).
namespace ViewStates {

QByteArray value(const QString &name);
void setValue(const QString &name, const QByteArray &state);

// `columnsKey` tells which columns the state is for (a view whose columns
// vary, such as the preview's): a state saved for other columns is not restored.
void save(const QString &name, const QHeaderView *header, const QString &columnsKey = {});
// Call once the header's model has its columns: a state restored before is
// ignored. A restored state never hides a column (the views hide none), nor
// restores a different column count. False when nothing was restored.
bool restore(const QString &name, QHeaderView *header, const QString &columnsKey = {});

void save(const QString &name, const QSplitter *splitter);
bool restore(const QString &name, QSplitter *splitter);

} // namespace ViewStates

} // namespace invsync
