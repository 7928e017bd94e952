/**
 * JavaFX views and view models (ControlsFX), one folder per thing the user sees: {@code shell}
 * (the frame), {@code catalogue}, {@code values}, {@code chart}, {@code imports}, {@code overview}.
 * Views bind to view models; no SQL, no statistics here. A feature talks to {@code app}, never to
 * another feature's view (ArchitectureTest).
 */
package no.framdrift.ui;
