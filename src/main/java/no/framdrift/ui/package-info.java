/** JavaFX views and view models (ControlsFX). Views bind to view models; no SQL, no statistics here. */
package no.framdrift.ui;
