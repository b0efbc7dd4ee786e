#include "dialogs/newfolderguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Postwright {

namespace {

constexpr QDir::Filters kEverything = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;

} // namespace

NewFolderGuard::NewFolderGuard(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_existed(QFileInfo(m_path).isDir())
{
    if (m_existed)
        m_entries = QDir(m_path).entryList(kEverything);
}

void NewFolderGuard::rollback() const
{
    const QFileInfo root(m_path);
    if (!root.isDir() || root.isSymLink())
        return;
    if (!m_existed) {
        QDir(m_path).removeRecursively();
        return;
    }
    const QDir dir(m_path);
    for (const QFileInfo &entry : dir.entryInfoList(kEverything)) {
        if (m_entries.contains(entry.fileName()))
            continue;
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace Postwright
