#include "publish/wordpresshtml.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

// Why by hand: WordPress's own wpautop is PHP, and no Debian library knows WordPress's storage
// format. Only the common shapes are handled; anything unusual passes through to the HTML sanitiser
// and the Markdown converter unchanged.

namespace Postwright::WordPressHtml {

namespace {

QString paragraphsOf(const QString &text)
{
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n\\s*"_s);
    static const QRegularExpression blockStart(
        u"^<(?:p|div|h[1-6]|ul|ol|li|dl|table|thead|tbody|tr|blockquote|pre|figure|hr|form|section|article|"
        "aside|header|footer|nav|address|iframe|video|audio|object|script|style|!--)[\\s/>]|^\\[caption"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList blocks;
    for (const QString &part : text.split(blankLines, Qt::SkipEmptyParts)) {
        const QString block = part.trimmed();
        if (block.isEmpty())
            continue;
        if (blockStart.match(block).hasMatch())
            blocks.append(block);
        else
            blocks.append(u"<p>"_s + QString(block).replace(u"\n"_s, u"<br />\n"_s) + u"</p>"_s);
    }
    return blocks.join(u"\n\n"_s);
}

QString escapeAttribute(QString value)
{
    return value.replace(u'&', u"&amp;"_s).replace(u'"', u"&quot;"_s).replace(u'<', u"&lt;"_s);
}

} // namespace

QString autoParagraphs(const QString &html)
{
    static const QRegularExpression hasParagraphs(u"<p[\\s>]|<!-- wp:"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    QString text = html;
    text.replace(u"\r\n"_s, u"\n"_s);
    if (hasParagraphs.match(text).hasMatch())
        return text;
    // <pre> keeps its line breaks: only the text around it is split into paragraphs.
    static const QRegularExpression pre(u"<pre[\\s>].*?</pre>"_s,
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
    QStringList parts;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pre.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        parts.append(paragraphsOf(text.sliced(last, match.capturedStart() - last)));
        parts.append(match.captured());
        last = match.capturedEnd();
    }
    parts.append(paragraphsOf(text.sliced(last)));
    parts.removeAll(QString());
    return parts.join(u"\n\n"_s);
}

QString captions(const QString &html)
{
    static const QRegularExpression caption(u"\\[caption[^\\]]*\\](.*?)\\[/caption\\]"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression image(u"^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$"_s,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = caption.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).sliced(last, match.capturedStart() - last);
        const QRegularExpressionMatch parts = image.match(match.captured(1));
        if (parts.hasMatch()) {
            const QString text = parts.captured(2).trimmed();
            result += u"<figure>"_s + parts.captured(1) +
                      (text.isEmpty() ? QString() : u"<figcaption>"_s + text + u"</figcaption>"_s) +
                      u"</figure>"_s;
        } else {
            result += match.captured(1);
        }
        last = match.capturedEnd();
    }
    result += QStringView(html).sliced(last);
    return result;
}

QString rewriteUrlAttributes(const QString &html, const AttributeRewrite &rewrite)
{
    static const QRegularExpression attribute(
        u"(\\s)(src|href|srcset)(\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = attribute.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).sliced(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString raw = match.capturedStart(4) >= 0 ? match.captured(4) : match.captured(5);
        const std::optional<QString> replacement =
            rewrite(match.captured(2).toLower(), QString(raw).replace(u"&amp;"_s, u"&"_s));
        if (!replacement)
            result += match.captured();
        else if (!replacement->isEmpty())
            result += match.captured(1) + match.captured(2) + u"=\""_s + escapeAttribute(*replacement) + u'"';
    }
    result += QStringView(html).sliced(last);
    return result;
}

} // namespace Postwright::WordPressHtml
