#include "publish/xmlrpc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVariantMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::XmlRpc", text);
}

// XML 1.0 has no way to carry most control characters, not even escaped: a stray form feed in a post
// would make the whole request unreadable to the server, so it is dropped.
QString xmlSafe(const QString &text)
{
    const auto allowed = [](char16_t c) {
        return c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c != 0xfffe && c != 0xffff);
    };
    if (std::all_of(text.begin(), text.end(), [&](QChar c) { return allowed(c.unicode()); }))
        return text;
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        if (allowed(c.unicode()))
            safe.append(c);
    }
    return safe;
}

QString formatDouble(double value)
{
    // The spec allows no exponent; 'f' with the shortest precision still reads back exactly.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// 20261123T10:00:00, 2026-11-23T10:00:00Z, 2026-11-23T10:00:00.250+02:00 …; no zone: UTC.
std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression shape(
        u"^(\\d{4})-?(\\d{2})-?(\\d{2})T(\\d{2}):?(\\d{2}):?(\\d{2})(?:[.,](\\d+))?(Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&](int group) {
        return match.captured(group).toInt();
    };
    if (number(1) == 0 && number(2) == 0 && number(3) == 0)
        return QDateTime(); // WordPress's "no date"
    const QDate date(number(1), number(2), number(3));
    const int msecs = match.captured(7).isEmpty() ? 0 : QString(match.captured(7) + u"00"_s).left(3).toInt();
    const QTime time(number(4), number(5), number(6), msecs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = match.captured(8);
    if (zone.isEmpty() || zone == u"Z"_s)
        return QDateTime(date, time, Qt::UTC);
    const QString digits = QString(zone).remove(u':');
    const int minutes = digits.mid(1, 2).toInt() * 60 + (digits.size() > 3 ? digits.mid(3, 2).toInt() : 0);
    const int offset = (zone.startsWith(u'-') ? -60 : 60) * minutes;
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QString positioned(const QXmlStreamReader &reader, const QString &what)
{
    return tr("%1 (line %2, column %3)").arg(what).arg(reader.lineNumber()).arg(reader.columnNumber());
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html") ||
           start.contains("<head") || start.contains("<body");
}

} // namespace

QByteArray XmlRpc::request(const QString &method, const QVariantList &params)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument();
    writer.writeStartElement(u"methodCall"_s);
    writer.writeTextElement(u"methodName"_s, method);
    writer.writeStartElement(u"params"_s);
    for (const QVariant &param : params) {
        writer.writeStartElement(u"param"_s);
        writeValue(writer, param);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return bytes;
}

QByteArray XmlRpc::response(const QVariant &value)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument();
    writer.writeStartElement(u"methodResponse"_s);
    writer.writeStartElement(u"params"_s);
    writer.writeStartElement(u"param"_s);
    writeValue(writer, value);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return bytes;
}

QByteArray XmlRpc::faultResponse(const XmlRpcFault &fault)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument();
    writer.writeStartElement(u"methodResponse"_s);
    writer.writeStartElement(u"fault"_s);
    writeValue(writer, QVariantMap{{u"faultCode"_s, fault.code}, {u"faultString"_s, fault.string}});
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return bytes;
}

void XmlRpc::writeValue(QXmlStreamWriter &writer, const QVariant &value)
{
    writer.writeStartElement(u"value"_s);
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        writer.writeEmptyElement(u"nil"_s);
        break;
    case QMetaType::Bool:
        writer.writeTextElement(u"boolean"_s, value.toBool() ? u"1"_s : u"0"_s);
        break;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        writer.writeTextElement(u"int"_s, QString::number(value.toInt()));
        break;
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        // <i8> is an extension (Apache, Python) for what does not fit the spec's 32 bits.
        const qlonglong number = value.toLongLong();
        const bool fits =
            number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max();
        writer.writeTextElement(fits ? u"int"_s : u"i8"_s, QString::number(number));
        break;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        writer.writeTextElement(u"double"_s, formatDouble(value.toDouble()));
        break;
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        if (when.isValid())
            writer.writeTextElement(u"dateTime.iso8601"_s, when.toUTC().toString(u"yyyyMMddTHH:mm:ss"_s));
        else
            writer.writeEmptyElement(u"nil"_s);
        break;
    }
    case QMetaType::QByteArray:
        writer.writeTextElement(u"base64"_s, QString::fromLatin1(value.toByteArray().toBase64()));
        break;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        writer.writeStartElement(u"struct"_s);
        const QVariantMap members = value.toMap(); // sorted by name: the same request for the same values
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            writer.writeStartElement(u"member"_s);
            writer.writeTextElement(u"name"_s, xmlSafe(it.key()));
            writeValue(writer, it.value());
            writer.writeEndElement();
        }
        writer.writeEndElement();
        break;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        writer.writeStartElement(u"array"_s);
        writer.writeStartElement(u"data"_s);
        for (const QVariant &item : value.toList())
            writeValue(writer, item);
        writer.writeEndElement();
        writer.writeEndElement();
        break;
    }
    default:
        writer.writeTextElement(u"string"_s, xmlSafe(value.toString()));
        break;
    }
    writer.writeEndElement();
}

std::optional<QVariant> XmlRpc::readValue(QXmlStreamReader &reader, QString &error)
{
    QString text;
    std::optional<QVariant> typed;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::StartElement:
            if (typed) {
                error = positioned(reader, tr("two values in one <value>"));
                return std::nullopt;
            }
            typed = readTyped(reader, error);
            if (!typed)
                return std::nullopt;
            break;
        case QXmlStreamReader::EndElement:
            if (!typed)
                return QVariant(text); // an untyped <value> is a string
            if (!text.trimmed().isEmpty()) {
                error = positioned(reader, tr("text beside a typed value"));
                return std::nullopt;
            }
            return typed;
        default:
            break; // comments, processing instructions
        }
    }
    return std::nullopt; // reader.hasError() says why
}

std::optional<QVariant> XmlRpc::readTyped(QXmlStreamReader &reader, QString &error)
{
    const QString type = reader.name().toString();
    const auto invalid = [&](const QString &text) {
        error = positioned(reader, tr("\u201c%1\u201d is not a valid <%2>").arg(text.left(40), type));
        return std::nullopt;
    };
    if (type == u"struct"_s) {
        QVariantMap members;
        while (reader.readNextStartElement()) {
            if (reader.name() != u"member"_s) {
                error = positioned(reader, tr("<%1> in a <struct>").arg(reader.name().toString()));
                return std::nullopt;
            }
            std::optional<QString> name;
            std::optional<QVariant> value;
            while (reader.readNextStartElement()) {
                if (reader.name() == u"name"_s) {
                    name = reader.readElementText();
                } else if (reader.name() == u"value"_s) {
                    value = readValue(reader, error);
                    if (!value)
                        return std::nullopt;
                } else {
                    error = positioned(reader, tr("<%1> in a struct <member>").arg(reader.name().toString()));
                    return std::nullopt;
                }
            }
            if (reader.hasError())
                return std::nullopt;
            if (!name || !value) {
                error = positioned(reader, tr("a struct <member> without a <name> and a <value>"));
                return std::nullopt;
            }
            members.insert(*name, *value);
        }
        if (reader.hasError())
            return std::nullopt;
        return QVariant(members);
    }
    if (type == u"array"_s) {
        QVariantList items;
        if (!reader.readNextStartElement() || reader.name() != u"data"_s) {
            if (!reader.hasError())
                error = positioned(reader, tr("an <array> without <data>"));
            return std::nullopt;
        }
        while (reader.readNextStartElement()) {
            if (reader.name() != u"value"_s) {
                error = positioned(reader, tr("<%1> in an array's <data>").arg(reader.name().toString()));
                return std::nullopt;
            }
            const std::optional<QVariant> item = readValue(reader, error);
            if (!item)
                return std::nullopt;
            items.append(*item);
        }
        if (reader.hasError() || reader.readNextStartElement()) { // nothing after <data>
            if (!reader.hasError())
                error = positioned(reader, tr("<%1> after an array's <data>").arg(reader.name().toString()));
            return std::nullopt;
        }
        return QVariant(items);
    }

    const QString text = reader.readElementText();
    if (reader.hasError())
        return std::nullopt;
    if (type == u"string"_s)
        return QVariant(text);
    if (type == u"int"_s || type == u"i4"_s) {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        return ok ? std::optional(QVariant(number)) : invalid(text);
    }
    if (type == u"i8"_s) {
        bool ok = false;
        const qlonglong number = text.trimmed().toLongLong(&ok);
        return ok ? std::optional(QVariant(number)) : invalid(text);
    }
    if (type == u"boolean"_s) {
        const QString flag = text.trimmed();
        if (flag == u"1"_s || flag == u"true"_s)
            return QVariant(true);
        if (flag == u"0"_s || flag == u"false"_s)
            return QVariant(false);
        return invalid(text);
    }
    if (type == u"double"_s) {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        return ok ? std::optional(QVariant(number)) : invalid(text);
    }
    if (type == u"dateTime.iso8601"_s) {
        const std::optional<QDateTime> when = parseDateTime(text);
        return when ? std::optional(QVariant(*when)) : invalid(text);
    }
    if (type == u"base64"_s) {
        QByteArray encoded = text.toLatin1();
        encoded.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? std::optional(QVariant(*decoded)) : invalid(text);
    }
    if (type == u"nil"_s) {
        if (!text.trimmed().isEmpty())
            return invalid(text);
        return QVariant();
    }
    error = positioned(reader, tr("the unknown type <%1>").arg(type));
    return std::nullopt;
}

XmlRpcResponse XmlRpc::parseResponse(const QByteArray &body)
{
    XmlRpcResponse response;
    if (body.trimmed().isEmpty()) {
        response.error = tr("an empty answer");
        return response;
    }
    QXmlStreamReader reader(body);
    QString error;
    const auto fail = [&]() -> XmlRpcResponse {
        if (looksLikeHtml(body)) {
            response.error = tr("a web page, not an XML-RPC answer");
        } else if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            response.error = tr("an answer that ends too early (cut off?)");
        } else if (reader.hasError()) {
            response.error = tr("not XML: %1").arg(positioned(reader, reader.errorString()));
        } else {
            response.error = error;
        }
        response.value.clear();
        response.fault.reset();
        return response;
    };

    if (!reader.readNextStartElement())
        return fail();
    if (reader.name() != u"methodResponse"_s) {
        error = tr("<%1> where <methodResponse> belongs").arg(reader.name().toString());
        return fail();
    }
    if (!reader.readNextStartElement()) {
        error = tr("a <methodResponse> with neither <params> nor <fault>");
        return fail();
    }
    if (reader.name() == u"params"_s) {
        if (reader.readNextStartElement()) {
            if (reader.name() != u"param"_s || !reader.readNextStartElement() ||
                reader.name() != u"value"_s) {
                error =
                    positioned(reader, tr("<%1> where <param><value> belongs").arg(reader.name().toString()));
                return fail();
            }
            const std::optional<QVariant> value = readValue(reader, error);
            if (!value)
                return fail();
            response.value = *value;
            if (reader.readNextStartElement() || reader.hasError()) { // the end of <param>
                if (!reader.hasError())
                    error = positioned(reader, tr("more than one value in a <param>"));
                return fail();
            }
            if (reader.readNextStartElement() || reader.hasError()) { // the end of <params>
                if (!reader.hasError())
                    error = positioned(reader, tr("more than one <param> in an answer"));
                return fail();
            }
        } else if (reader.hasError()) {
            return fail();
        }
        // <params/> without a value: a call that returns nothing.
    } else if (reader.name() == u"fault"_s) {
        if (!reader.readNextStartElement() || reader.name() != u"value"_s) {
            if (!reader.hasError())
                error = positioned(reader, tr("a <fault> without a <value>"));
            return fail();
        }
        const std::optional<QVariant> value = readValue(reader, error);
        if (!value)
            return fail();
        const QVariantMap fault = value->toMap();
        if (value->typeId() != QMetaType::QVariantMap || !fault.contains(u"faultCode"_s) ||
            !fault.contains(u"faultString"_s)) {
            error = tr("a <fault> without faultCode and faultString");
            return fail();
        }
        response.fault =
            XmlRpcFault{fault.value(u"faultCode"_s).toInt(), fault.value(u"faultString"_s).toString()};
        if (reader.readNextStartElement() || reader.hasError()) {
            if (!reader.hasError())
                error = positioned(reader, tr("more than one value in a <fault>"));
            return fail();
        }
    } else {
        error =
            positioned(reader, tr("<%1> where <params> or <fault> belongs").arg(reader.name().toString()));
        return fail();
    }
    // Nothing else in <methodResponse>, and the document complete and well-formed to its end.
    if (reader.readNextStartElement()) {
        error = positioned(reader, tr("<%1> after the answer").arg(reader.name().toString()));
        return fail();
    }
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        return fail();
    return response;
}

} // namespace Postwright
