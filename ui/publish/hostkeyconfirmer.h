#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QDialog;
class QWidget;

namespace Postwright {

// Answers PublishSession::Connection::confirmUnknownHost, which transports call from worker
// threads, by asking the person on the GUI thread in a HostKeyDialog. The worker waits for the
// answer; when the confirmer is destroyed (its window closed) every pending and later question
// is answered "no", so no worker is left waiting on a GUI that is gone. A condition variable
// rather than a blocking queued call: the dialog stays non-modal to the event loop (open(), not
// exec()), and a blocking call could not be called off.
class HostKeyConfirmer final : public QObject
{
    Q_OBJECT

public:
    explicit HostKeyConfirmer(QWidget *dialogParent);
    ~HostKeyConfirmer() override;

    // Thread-safe; may outlive the confirmer.
    std::function<bool(const QString &host, const QString &fingerprint)> callback() const;

Q_SIGNALS:
    // The dialog is open (tests answer it through this).
    void asking(QDialog *dialog);

private:
    struct State;
    struct Question;
    void ask(const QString &host, const QString &fingerprint, std::shared_ptr<Question> question);

    std::shared_ptr<State> m_state;
    QPointer<QWidget> m_dialogParent;
};

} // namespace Postwright
