#pragma once

#include "blog/sitelayout.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Postwright {

// Site ▸ Build Settings: for a Hugo or Jekyll site, whether its own generator builds it and with
// which command, saved in the `build:` block of postwright.yaml (the rest of the file kept as it
// was); the output folder the generator's configuration names, and whether the generator is
// installed. A native blog is built by Postwright's theme: the dialog says so and sets nothing.
class BuildSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BuildSettingsDialog(const QString &siteRoot, QWidget *parent = nullptr);

    // Writes the settings; false (and the reason shown in the dialog) when they could not be.
    bool save();
    QString settingsPath() const { return m_settingsPath; }

private:
    void updateProgram();

    SiteLayout m_layout;
    QString m_settingsPath;
    QCheckBox *m_useGenerator = nullptr;
    QLineEdit *m_command = nullptr;
    QLabel *m_program = nullptr;
    QLabel *m_output = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Postwright
