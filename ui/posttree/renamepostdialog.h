#pragma once

#include "util/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Postwright {

// Asks for a post's new title and shows where the file goes with it, or why it cannot
// (another post already has that name).
class RenamePostDialog final : public QDialog
{
    Q_OBJECT

public:
    // new title -> the post's path after the rename as the writer should see it, or the problem.
    using PathPreview = std::function<Result<QString>(const QString &title)>;

    RenamePostDialog(const QString &title, const QString &currentPath, PathPreview preview,
                     QWidget *parent = nullptr);

    QString title() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLabel *fileLabel() const { return m_file; }

private:
    void update();

    QString m_oldTitle;
    QString m_currentPath;
    PathPreview m_preview;
    QLineEdit *m_title;
    QLabel *m_file;
    QDialogButtonBox *m_buttons;
};

} // namespace Postwright
