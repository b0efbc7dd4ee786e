#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QAbstractButton;
class QCheckBox;

namespace Postwright {

// The start screen: open a blog or a Hugo/Jekyll site, create a blog, import a WordPress export,
// or stay on the sample blog; the recent blogs; and whether it comes back at every start. It only
// says what the writer chose (signals); the window decides what happens, so tests need no
// native dialogs.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Open, Create, Import, Sample };
    Q_ENUM(Choice)

    explicit WelcomeDialog(const QStringList &recentBlogs = {}, QWidget *parent = nullptr);

    // Whether the welcome opens at every start ("welcome/showAtStartup" in QSettings). Off until
    // the writer ticks it: the first run shows the welcome anyway.
    static bool showAtStartup();
    static void setShowAtStartup(bool show);
    // main.cpp's rule: not when the command line names a blog (scripts and tests, and the writer
    // said what to open), else on the first run or when the writer asked for it.
    static bool shouldShowAtStartup(bool firstRun, bool blogOnCommandLine);

    QAbstractButton *choiceButton(Choice choice) const;
    QList<QAbstractButton *> recentButtons() const { return m_recent; }
    QCheckBox *showAtStartupBox() const { return m_showAtStartup; }

Q_SIGNALS:
    void choiceMade(Postwright::WelcomeDialog::Choice choice);
    void recentBlogChosen(const QString &path);

private:
    QWidget *createHeader();
    QWidget *createChoices();
    QWidget *createRecent(const QStringList &recentBlogs);
    QAbstractButton *addChoice(Choice choice, const QString &title, const QString &description,
                               const QIcon &icon);

    QList<QAbstractButton *> m_choices; // in Choice order
    QList<QAbstractButton *> m_recent;
    QCheckBox *m_showAtStartup = nullptr;
};

} // namespace Postwright
