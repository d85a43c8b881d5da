#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

// The variables a runbook's requests need ($TOKEN, ${HOST}): read from the environment, or given by
// the commander for this session only. Session values live in this object's memory and nowhere else:
// never in the store, the settings, the logs, the timeline or an export.
class SessionVariables final : public QObject
{
    Q_OBJECT
public:
    enum Source { Missing, Environment, Session };

    explicit SessionVariables(QObject* parent = nullptr);

    static QString fromEnvironment(const QString& name); // null when not set
    QString value(const QString& name) const;            // a session value wins; null when set nowhere
    Source source(const QString& name) const;
    QStringList missing(const QStringList& names) const;
    void set(const QString& name, const QString& value); // an empty value forgets the session's one

Q_SIGNALS:
    void changed();

private:
    QHash<QString, QString> m_values;
};
