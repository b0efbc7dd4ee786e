#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace Postwright {

// A one-line notice above the post tree after a post went to the trash, with the way back
// ("“Title” moved to the trash. [Undo]"). It hides itself after a while: nothing is lost when
// it does, the post stays in the system trash.
class UndoBar final : public QFrame
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 15000;

    explicit UndoBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString text() const;
    void setTimeout(int milliseconds);

Q_SIGNALS:
    void undoRequested();

private:
    QLabel *m_label;
    QToolButton *m_undo;
    QToolButton *m_close;
    QTimer m_hideTimer;
};

} // namespace Postwright
