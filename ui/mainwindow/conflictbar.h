#pragma once

#include "mainwindow/postsession.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Postwright {

// A strip above the editor when the open file and the editor disagree because of another
// program: changed on disk while there are unsaved edits (Keep Mine / Take Theirs / Compare…),
// or deleted on disk (Save Again / Close). Nothing is written until the writer chooses.
class ConflictBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictBar(QWidget *parent = nullptr);

    void setConflict(PostSession::Conflict conflict, const QString &fileName);
    QString text() const;

Q_SIGNALS:
    void keepMineRequested();
    void takeTheirsRequested();
    void compareRequested();
    void closeRequested();

private:
    QLabel *m_text;
    QToolButton *m_keepMine;
    QToolButton *m_takeTheirs;
    QToolButton *m_compare;
    QToolButton *m_close;
};

} // namespace Postwright
