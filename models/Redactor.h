#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Removes secret values from text before it is shown, logged or stored: as written, URL-encoded and base64.
class Redactor
{
public:
    static constexpr const char* Mask = "••••";

    void addSecret(const QByteArray& value);
    void addSecret(const QString& value) { addSecret(value.toUtf8()); }
    bool isEmpty() const { return m_needles.isEmpty(); }

    QByteArray redact(QByteArray text) const;
    QString redact(const QString& text) const;

private:
    QList<QByteArray> m_needles;
};
