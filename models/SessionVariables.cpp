#include "SessionVariables.h"

SessionVariables::SessionVariables(QObject* parent)
    : QObject(parent)
{
}

QString SessionVariables::fromEnvironment(const QString& name)
{
    const QByteArray key = name.toLocal8Bit();
    return qEnvironmentVariableIsSet(key.constData()) ? qEnvironmentVariable(key.constData()) : QString();
}

QString SessionVariables::value(const QString& name) const
{
    const auto it = m_values.constFind(name);
    return it != m_values.constEnd() ? *it : fromEnvironment(name);
}

SessionVariables::Source SessionVariables::source(const QString& name) const
{
    if (m_values.contains(name))
        return Session;
    return fromEnvironment(name).isNull() ? Missing : Environment;
}

QStringList SessionVariables::missing(const QStringList& names) const
{
    QStringList out;
    for (const QString& name : names)
        if (source(name) == Missing)
            out << name;
    return out;
}

void SessionVariables::set(const QString& name, const QString& value)
{
    if (value.isEmpty() ? m_values.remove(name) == 0 : m_values.value(name) == value && m_values.contains(name))
        return;
    if (!value.isEmpty())
        m_values.insert(name, value);
    Q_EMIT changed();
}
