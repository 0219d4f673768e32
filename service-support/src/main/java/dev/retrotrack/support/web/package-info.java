/** RFC 9457 problem+json for every error of every service, from one handler. */
package dev.retrotrack.support.web;
