#pragma once

#include "blog/recoveryjournal.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Postwright {

class DiffView;

// Shown when a blog is opened and the recovery journal holds text a crash (or a kill) kept from
// being saved: one row per post, the difference between the file on disk and the recovered
// text, and per post Restore (the text comes back into the editor as an unsaved edit) or
// Discard. "Decide Later" keeps the entries for the next start.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QString &blogRoot, QList<RecoveryEntry> entries, QWidget *parent = nullptr);

    QList<RecoveryEntry> entries() const { return m_entries; }
    int currentRow() const;
    void setCurrentRow(int row);
    // The recovered text and the file's text of the selected post, as compared.
    DiffView *diffView() const { return m_diff; }

Q_SIGNALS:
    void restoreRequested(const Postwright::RecoveryEntry &entry);
    void discardRequested(const Postwright::RecoveryEntry &entry);

private:
    void showEntry(int row);
    void finishEntry(bool restore);

    QString m_root;
    QList<RecoveryEntry> m_entries;
    QListWidget *m_list;
    QLabel *m_summary;
    DiffView *m_diff;
    QPushButton *m_restore;
    QPushButton *m_discard;
};

} // namespace Postwright
