#pragma once

// The whole program behind main(): command-line verbs run headless, no verb starts the window.
int runConsole(int argc, char** argv);
