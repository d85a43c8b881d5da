#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

// Text fields bind some keys of their own (Ctrl+U deletes the line in a QLineEdit on Linux); for the
// keys of the window's commands, the command wins wherever the focus is. Install on the application.
class CommandKeys final : public QObject
{
    Q_OBJECT
public:
    explicit CommandKeys(QObject* parent = nullptr);
    void add(const QKeySequence& key);
    const QList<QKeySequence>& keys() const { return m_keys; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QKeySequence> m_keys;
};
