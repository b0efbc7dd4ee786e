#include "dialogs/welcomedialog.h"

#include "dialogs/aboutdialog.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QVBoxLayout>

namespace Postwright {

namespace {

// Not in UiSettings: only the welcome reads or writes it.
const QString kShowAtStartupKey = QStringLiteral("welcome/showAtStartup");
constexpr int kMaxRecent = 5;
constexpr int kChoiceIconSize = 32;

enum class Glyph { Folder, Plus, Import };

// The choices' icons: a coloured tile with a white glyph, drawn rather than taken from the icon
// theme so the four look like one set on every desktop (and without a theme at all).
QIcon tileIcon(Glyph glyph, const QColor &colour)
{
    QIcon icon;
    for (int size : {kChoiceIconSize, kChoiceIconSize * 2}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 32.0, size / 32.0); // drawn on a 32-unit grid
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(1, 1, 30, 30), 7, 7);
        painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        QPainterPath path;
        switch (glyph) {
        case Glyph::Folder:
            path.moveTo(8, 22.5);
            path.lineTo(8, 10);
            path.lineTo(13.5, 10);
            path.lineTo(15.5, 12.5);
            path.lineTo(24, 12.5);
            path.lineTo(24, 22.5);
            path.closeSubpath();
            path.moveTo(8, 15.5);
            path.lineTo(24, 15.5);
            break;
        case Glyph::Plus:
            path.moveTo(16, 9);
            path.lineTo(16, 23);
            path.moveTo(9, 16);
            path.lineTo(23, 16);
            break;
        case Glyph::Import:
            path.moveTo(16, 8);
            path.lineTo(16, 18.5);
            path.moveTo(11.5, 14);
            path.lineTo(16, 18.5);
            path.lineTo(20.5, 14);
            path.moveTo(8.5, 18);
            path.lineTo(8.5, 23.5);
            path.lineTo(23.5, 23.5);
            path.lineTo(23.5, 18);
            break;
        }
        painter.drawPath(path);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(4, 0, 0, 0); // in line with the command links' icons
    return label;
}

// "/home/ana/Blogs/travel" -> "~/Blogs/travel": shorter, and the part the writer recognises.
QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (path == home || path.startsWith(home + u'/'))
        return QDir::toNativeSeparators(u'~' + path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

} // namespace

WelcomeDialog::WelcomeDialog(const QStringList &recentBlogs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Postwright"));
    setWindowIcon(AboutDialog::applicationIcon());

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(createChoices(), 3);
    if (QWidget *recent = createRecent(recentBlogs))
        body->addWidget(recent, 2);

    m_showAtStartup = new QCheckBox(tr("&Show this at start-up"), this);
    m_showAtStartup->setObjectName(QStringLiteral("welcomeShowAtStartup"));
    m_showAtStartup->setChecked(showAtStartup());
    // Remembered at once: closing with Esc or the title bar keeps the answer too.
    connect(m_showAtStartup, &QCheckBox::toggled, this, &WelcomeDialog::setShowAtStartup);
    auto *hint = new QLabel(tr("Help \u25b8 Welcome opens it again."), this);
    hint->setObjectName(QStringLiteral("welcomeHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_showAtStartup);
    footer->addSpacing(8);
    footer->addWidget(hint);
    footer->addStretch(1);
    footer->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(createHeader());
    layout->addLayout(body, 1);
    layout->addSpacing(4);
    layout->addLayout(footer);

    // As tall as the wrapped descriptions need at this width, no taller.
    const int width = recentBlogs.isEmpty() ? 680 : 920;
    resize(width, heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    m_choices.constFirst()->setFocus();
}

bool WelcomeDialog::showAtStartup()
{
    return QSettings().value(kShowAtStartupKey, false).toBool();
}

void WelcomeDialog::setShowAtStartup(bool show)
{
    QSettings().setValue(kShowAtStartupKey, show);
}

bool WelcomeDialog::shouldShowAtStartup(bool firstRun, bool blogOnCommandLine)
{
    return !blogOnCommandLine && (firstRun || showAtStartup());
}

QAbstractButton *WelcomeDialog::choiceButton(Choice choice) const
{
    return m_choices.value(static_cast<int>(choice));
}

QWidget *WelcomeDialog::createHeader()
{
    auto *header = new QWidget(this);
    auto *icon = new QLabel(header);
    icon->setObjectName(QStringLiteral("welcomeIcon"));
    icon->setPixmap(AboutDialog::applicationIcon().pixmap(64, 64));

    auto *title = new QLabel(tr("Welcome to Postwright"), header);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *tagline = new QLabel(
        tr("Write blog posts in Markdown, preview them in your blog's own theme, and publish anywhere."),
        header);
    tagline->setObjectName(QStringLiteral("welcomeTagline"));
    tagline->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addStretch(1);
    text->addWidget(title);
    text->addWidget(tagline);
    text->addStretch(1);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return header;
}

QWidget *WelcomeDialog::createChoices()
{
    auto *choices = new QWidget(this);
    auto *layout = new QVBoxLayout(choices);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(sectionHeading(tr("Start"), choices));
    layout->addSpacing(4);

    // Blue as the icon's pen, green for something new, WordPress's own blue-grey for its import.
    const QIcon open = tileIcon(Glyph::Folder, QColor(0x3d, 0x7b, 0xe0));
    const QIcon create = tileIcon(Glyph::Plus, QColor(0x2f, 0x9e, 0x6e));
    const QIcon import = tileIcon(Glyph::Import, QColor(0x21, 0x75, 0x9b));
    layout->addWidget(
        addChoice(Choice::Open, tr("&Open a blog or site folder"),
                  tr("A Postwright blog, or a Hugo or Jekyll site that Postwright edits in place."), open));
    layout->addWidget(
        addChoice(Choice::Create, tr("&Create a new blog"),
                  tr("An empty blog in a new folder, with the built-in theme and a first post."), create));
    layout->addWidget(
        addChoice(Choice::Import, tr("&Import from WordPress"),
                  tr("Turn a WordPress export (WXR) into a new blog: posts, pages, categories, tags "
                     "and images."),
                  import));
    layout->addWidget(
        addChoice(Choice::Sample, tr("&Explore the sample blog"),
                  tr("A few example posts to look around: edit them, try the preview, build the "
                     "site."),
                  AboutDialog::applicationIcon()));
    layout->addStretch(1);
    return choices;
}

QAbstractButton *WelcomeDialog::addChoice(Choice choice, const QString &title, const QString &description,
                                          const QIcon &icon)
{
    static const char *const names[] = {"welcomeOpen", "welcomeCreate", "welcomeImport", "welcomeSample"};
    auto *button = new QCommandLinkButton(title, description, this);
    button->setObjectName(QString::fromLatin1(names[static_cast<int>(choice)]));
    button->setIcon(icon);
    button->setIconSize(QSize(kChoiceIconSize, kChoiceIconSize));
    connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
        // The sample blog is already open behind the welcome (or opened by the window).
        if (choice == Choice::Sample)
            accept();
        Q_EMIT choiceMade(choice);
    });
    m_choices.append(button);
    return button;
}

QWidget *WelcomeDialog::createRecent(const QStringList &recentBlogs)
{
    if (recentBlogs.isEmpty())
        return nullptr;
    auto *recent = new QWidget(this);
    recent->setObjectName(QStringLiteral("welcomeRecent"));
    auto *layout = new QVBoxLayout(recent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(sectionHeading(tr("Recent"), recent));
    layout->addSpacing(4);

    const QIcon folder = tileIcon(Glyph::Folder, QColor(0x7a, 0x86, 0x99)); // quieter than the choices
    for (const QString &path : recentBlogs.mid(0, kMaxRecent)) {
        QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&")); // a folder name is not a mnemonic
        auto *button = new QCommandLinkButton(name, displayPath(path), recent);
        button->setObjectName(QStringLiteral("welcomeRecent%1").arg(m_recent.size()));
        button->setIcon(folder);
        button->setIconSize(QSize(24, 24));
        button->setToolTip(QDir::toNativeSeparators(path));
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { Q_EMIT recentBlogChosen(path); });
        layout->addWidget(button);
        m_recent.append(button);
    }
    layout->addStretch(1);
    return recent;
}

} // namespace Postwright
