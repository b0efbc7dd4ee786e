#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Postwright {

// The publish area of the status bar: what the publish is doing, a bar with files and bytes, the
// file being sent and Cancel while it runs; then the result, with a button to open the published
// site, until the writer dismisses it. Never modal: the window stays usable throughout.
class PublishStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit PublishStatus(QWidget *parent = nullptr);

    // A step without a measure (building, connecting, comparing).
    void showBusy(const QString &text);
    // The publish waits for the writer in a dialog, which has its own Cancel.
    void showWaiting(const QString &text);
    void showProgress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal,
                      const QString &currentFile);
    void showCancelling();
    enum class Outcome { Success, Failure, Neutral };
    // `details` (the full error) goes into the tooltip and the Details button; `openText` names the
    // button that opens `site` ("Open Site" when empty; "Open Post", "Open Blog").
    void showResult(Outcome outcome, const QString &text, const QUrl &site = {}, const QString &details = {},
                    const QString &openText = {});
    // What the progress counts: a site's files (with bytes), or a blog API's posts.
    enum class Unit { Files, Posts };
    void setUnit(Unit unit) { m_unit = unit; }

    QString text() const;
    QString currentFile() const { return m_currentFile; }
    bool isShowingResult() const { return m_result; }

Q_SIGNALS:
    void cancelRequested();
    void detailsRequested(const QString &details);

private:
    void setCurrentFile(const QString &file);

    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_file = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openSite = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QToolButton *m_dismiss = nullptr;
    QUrl m_site;
    QString m_details;
    QString m_currentFile;
    bool m_result = false;
    Unit m_unit = Unit::Files;
};

} // namespace Postwright
