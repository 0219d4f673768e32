/** HTTP adapter for submitting retros and reading their receipts. */
package dev.retrotrack.ingest.retro.web;
