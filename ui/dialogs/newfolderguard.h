#pragma once

#include <QString>
#include <QStringList>

namespace Postwright {

// Remembers what a folder held before something is made in it, so that a creation that fails
// halfway (disk full, permissions) can be undone: rollback() removes only what was not there
// before, never a file the writer had, and the folder itself only when it did not exist.
class NewFolderGuard
{
public:
    explicit NewFolderGuard(const QString &path);

    void rollback() const;

private:
    QString m_path;
    bool m_existed = false;
    QStringList m_entries; // names directly inside, hidden ones included
};

} // namespace Postwright
