#pragma once

#include <QCoreApplication>
#include <QList>

class IncidentService;
class MainWindow;
class QAction;

// The commander's menus and their keys, on the window's own commands. Returns the actions that need
// an open incident, for the window to enable and disable.
class MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)
public:
    static QList<QAction*> build(MainWindow& window, IncidentService& service);
};
