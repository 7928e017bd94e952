/** The application frame: entry point, window, menus, preferences, texts (Messages), background tasks and the small controls every feature shares. */
package no.framdrift.ui.shell;
