#include "Redactor.h"

#include <QUrl>
#include <algorithm>

void Redactor::addSecret(const QByteArray& value)
{
    // Short values would mask ordinary words; real tokens are longer.
    if (value.size() < 4)
        return;
    const QList<QByteArray> forms = {value, QUrl::toPercentEncoding(QString::fromUtf8(value)), value.toBase64(),
                                     value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                                     value.toBase64(QByteArray::OmitTrailingEquals)};
    for (const QByteArray& form : forms) {
        if (!form.isEmpty() && !m_needles.contains(form))
            m_needles.append(form);
    }
    // Longest first, so a value is masked whole before any shorter form inside it.
    std::sort(m_needles.begin(), m_needles.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
}

QByteArray Redactor::redact(QByteArray text) const
{
    for (const QByteArray& needle : m_needles)
        text.replace(needle, Mask);
    return text;
}

QString Redactor::redact(const QString& text) const
{
    if (m_needles.isEmpty())
        return text;
    return QString::fromUtf8(redact(text.toUtf8()));
}
