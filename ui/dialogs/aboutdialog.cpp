#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtWebEngineCore/qtwebenginecoreglobal.h> // qWebEngineVersion(), qWebEngineChromiumVersion()

namespace Postwright {

namespace {

const QString kHomepage = QStringLiteral("https://postwright.github.io/");
const QString kBugTracker = QStringLiteral("https://github.com/postwright/postwright/issues");
// The GPL's text, from LICENSE at the repository root (ui/CMakeLists.txt).
const QString kLicenceResource = QStringLiteral(":/licence/LICENSE");

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Postwright"));
    setWindowIcon(applicationIcon());

    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createAboutPage(), tr("&About"));
    m_tabs->addTab(createLibrariesPage(), tr("L&ibraries"));
    m_tabs->addTab(createLicencePage(), tr("&Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionInfo"));
    copy->setToolTip(tr("Copy Postwright's version and the libraries' versions, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 500); // the libraries' longest licence and purpose side by side, uncut
}

QIcon AboutDialog::applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.postwright.Postwright.png").arg(size),
            QSize(size, size));
    return icon;
}

QList<LibraryVersions::Library> AboutDialog::libraries()
{
    QList<LibraryVersions::Library> libraries = LibraryVersions::core();
    // Right after Qt: the window's own share of it.
    const LibraryVersions::Library webEngine[] = {
        {QStringLiteral("Qt WebEngine"), QString::fromLatin1(qWebEngineVersion()),
         QStringLiteral("LGPL-3.0-only"), tr("The live preview"),
         QStringLiteral("https://doc.qt.io/qt-6/qtwebengine-index.html")},
        {QStringLiteral("Chromium"), QString::fromLatin1(qWebEngineChromiumVersion()),
         QStringLiteral("BSD-3-Clause"), tr("The browser engine inside Qt WebEngine"),
         QStringLiteral("https://www.chromium.org/")},
    };
    libraries.insert(1, webEngine[0]);
    libraries.insert(2, webEngine[1]);
    return libraries;
}

QString AboutDialog::versionReport()
{
    return QStringLiteral("Postwright %1 (Qt %2, %3)\n")
               .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(POSTWRIGHT_VERSION)
                                                                     : QCoreApplication::applicationVersion(),
                    QString::fromLatin1(qVersion()), QSysInfo::prettyProductName()) +
           LibraryVersions::report(libraries());
}

QWidget *AboutDialog::createAboutPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("aboutPage"));

    auto *icon = new QLabel(page);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = new QLabel(QStringLiteral("Postwright"), page);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    name->setFont(nameFont);

    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(POSTWRIGHT_VERSION)
                                : QCoreApplication::applicationVersion();
    auto *versionLabel = new QLabel(tr("Version %1").arg(version), page);
    versionLabel->setObjectName(QStringLiteral("aboutVersion"));
    versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = wrappingLabel(
        tr("Write blog posts in Markdown, preview them in your blog's own theme, and publish them anywhere. "
           "Your posts stay plain files that you can keep in git."),
        page);
    description->setObjectName(QStringLiteral("aboutDescription"));

    auto *licence = wrappingLabel(
        tr("Postwright is free software: you can redistribute it and/or modify it under the terms of the GNU "
           "General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version. It comes with absolutely no warranty; see the "
           "Licence tab for the details."),
        page);
    licence->setObjectName(QStringLiteral("aboutLicenceSummary"));

    auto *links = wrappingLabel(tr("<a href=\"%1\">Website</a> \u00b7 <a href=\"%2\">Report a problem</a>")
                                    .arg(kHomepage, kBugTracker),
                                page);
    links->setObjectName(QStringLiteral("aboutLinks"));

    auto *qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          page);
    qt->setObjectName(QStringLiteral("aboutQtVersion"));
    qt->setForegroundRole(QPalette::PlaceholderText); // a footnote

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(versionLabel);
    text->addSpacing(8);
    text->addWidget(description);
    text->addWidget(licence);
    text->addWidget(links);
    text->addStretch(1);
    text->addWidget(qt);

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(16, 20, 16, 12);
    layout->setSpacing(20);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return page;
}

QWidget *AboutDialog::createLibrariesPage()
{
    auto *page = new QWidget(this);
    auto *intro =
        wrappingLabel(tr("Postwright is built on these libraries. Thank you to their authors."), page);

    m_libraries = new QTreeWidget(page);
    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setRootIsDecorated(false);
    m_libraries->setUniformRowHeights(true);
    m_libraries->setAlternatingRowColors(true);
    m_libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    for (const LibraryVersions::Library &library : libraries()) {
        QString version = library.version.isEmpty() ? tr("unknown") : library.version;
        if (!library.available)
            version = tr("not installed");
        auto *item =
            new QTreeWidgetItem(m_libraries, {library.name, version, library.licence, library.purpose});
        item->setToolTip(0, library.homepage);
        item->setToolTip(2, library.licence);
        item->setToolTip(3, library.purpose);
        item->setData(0, Qt::UserRole, library.homepage);
    }
    QHeaderView *header = m_libraries->header();
    header->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_libraries, 1);
    return page;
}

QWidget *AboutDialog::createLicencePage()
{
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("aboutLicence"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile licence(kLicenceResource);
    if (licence.open(QIODevice::ReadOnly))
        text->setPlainText(QString::fromUtf8(licence.readAll()));
    else
        text->setPlainText(
            tr("GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html"));
    return text;
}

} // namespace Postwright
