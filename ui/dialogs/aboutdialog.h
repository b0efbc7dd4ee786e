#pragma once

#include "util/libraryversions.h"

#include <QDialog>
#include <QIcon>
#include <QList>

class QTabWidget;
class QTreeWidget;

namespace Postwright {

// Help → About Postwright: the version, what Postwright is, its licence (with the full text) and
// every library it is built on with that library's version and licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The application icon from the resources (the hicolor PNGs the packaging installs), so
    // windows and dialogs have it without an installed icon theme or the SVG plugin.
    static QIcon applicationIcon();
    // The core's libraries plus the ones only the window uses (Qt WebEngine, Chromium).
    static QList<LibraryVersions::Library> libraries();
    // The version and every library's, as plain text for a bug report.
    static QString versionReport();

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *libraryList() const { return m_libraries; }

private:
    QWidget *createAboutPage();
    QWidget *createLibrariesPage();
    QWidget *createLicencePage();

    QTabWidget *m_tabs;
    QTreeWidget *m_libraries = nullptr;
};

} // namespace Postwright
