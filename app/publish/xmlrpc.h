#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

class QXmlStreamReader;
class QXmlStreamWriter;

namespace Postwright {

// A server's refusal of a call: <fault> with faultCode and faultString.
struct XmlRpcFault
{
    int code = 0;
    QString string;
};

// What an XML-RPC server answered: one value, a fault, or something that is not an XML-RPC answer
// (error says what, in words for a message).
struct XmlRpcResponse
{
    QVariant value;
    std::optional<XmlRpcFault> fault;
    QString error;

    bool ok() const { return !fault && error.isEmpty(); }
};

// XML-RPC (xmlrpc.com/spec) over QVariant, written with QXmlStreamWriter and read with QXmlStreamReader.
// The types: <int>/<i4> int (<i8> and numbers beyond 32 bits qint64), <boolean> bool, <string> (or an
// untyped <value>) QString, <double> double, <dateTime.iso8601> QDateTime in UTC, <base64> QByteArray,
// <struct> QVariantMap, <array> QVariantList, <nil/> a null QVariant.
//
// dateTime.iso8601 is read in both the classic form (20261123T10:00:00) and the extended one
// (2026-11-23T10:00:00Z, offsets too); a time without a zone counts as UTC (WordPress's *_gmt fields).
// WordPress's "no date" (00000000T00:00:00) reads as a null QDateTime.
class XmlRpc
{
public:
    static QByteArray request(const QString &method, const QVariantList &params);
    // An answer as a server writes it; for test servers.
    static QByteArray response(const QVariant &value);
    static QByteArray faultResponse(const XmlRpcFault &fault);

    static XmlRpcResponse parseResponse(const QByteArray &body);

private:
    static void writeValue(QXmlStreamWriter &writer, const QVariant &value);
    static std::optional<QVariant> readValue(QXmlStreamReader &reader, QString &error);
    static std::optional<QVariant> readTyped(QXmlStreamReader &reader, QString &error);
};

} // namespace Postwright
