#pragma once

#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace Postwright {

// Serves the open blog's images to the preview, and nothing else: the page may not read files
// (LocalContentCanAccessFileUrls is off), so images reach it through this scheme only.
//   postwright-blog://source/<path in the blog folder>  (images beside posts, e.g. bundles)
//   postwright-blog://site/<path on the site>            (the blog's static/ folder, the site root)
// Only image files inside the blog folder are served; anything else is denied.
class BlogSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static QByteArray schemeName() { return QByteArrayLiteral("postwright-blog"); }
    // Must run before QApplication exists (Qt WebEngine reads the scheme list at start-up).
    static void registerScheme();

    explicit BlogSchemeHandler(QObject *parent = nullptr);

    void setBlogRoot(const QString &rootPath, const QString &staticPath);
    // The file a URL of this scheme stands for, or empty when it is not one we serve.
    QString filePathFor(const QUrl &url) const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QString m_root;
    QString m_static;
};

} // namespace Postwright
