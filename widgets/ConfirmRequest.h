#pragma once

#include "SessionVariables.h"

#include <QDialog>
#include <QHash>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks before a runbook sends a request that changes something, or one that needs a variable that is
// not set: shows the whole request (secrets masked, variables by name), each variable it needs and
// whether it is set, and takes a value for this session for those that are not. Send stays disabled
// until every variable has a value. A test queues the answer instead of clicking a dialog.
class ConfirmRequest final : public QDialog
{
    Q_OBJECT
public:
    struct Variable
    {
        QString name;
        SessionVariables::Source source = SessionVariables::Missing;
    };
    enum Purpose { Send, ValuesOnly };
    struct Answer
    {
        bool send = false;
        QHash<QString, QString> values; // typed for this session; never stored
    };

    ConfirmRequest(const QString& title, const QString& request, const QList<Variable>& variables, bool changesServer,
                   Purpose purpose = Send, QWidget* parent = nullptr);

    bool canSend() const;
    QHash<QString, QString> values() const;
    void setValue(const QString& name, const QString& value); // as typing it does
    QString shownText() const;                                // heading, request and variables as shown

    static Answer ask(QWidget* parent, const QString& title, const QString& request, const QList<Variable>& variables,
                      bool changesServer, Purpose purpose = Send);
    static void setNextAnswer(bool send, const QHash<QString, QString>& values = {});

private:
    void update();

    QList<Variable> m_variables;
    QLabel* m_heading;
    QString m_request;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QLabel*> m_states;
    QPushButton* m_send;
};
