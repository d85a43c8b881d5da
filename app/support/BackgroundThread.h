#pragma once

class QThread;

// Starts a thread that does background work (network, decoding, store writes) at a lower scheduling
// priority than the UI thread: on a busy machine the event loop gets the processor first.
namespace BackgroundThread {
void start(QThread& thread);
}
