package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts annotators find, as plain records on the {@link Document}. Entity references are
 * entity keys ("person/mark-rutte"); {@code evidence} is the span of the sentence (or sentences)
 * that state the fact; {@code confidence} is in [0, 1].
 */
public final class Facts {
    private Facts() {}

    /** Contract concepts (local names in ag:). */
    public enum AidType { MilitaryAid, FinancialAid, HumanitarianAid }

    public enum PledgeStatus { Pledged, Committed, Delivered }

    public enum Stance { SupportsMembership, IrreversiblePath, CallsForInvitation, NoTimeline, NoConsensus, Cautious, Opposes }

    /** Event classes of the ontology (local names in ag:). */
    public enum EventType { Event, Meeting, Summit, MinisterialMeeting, Visit, PressConference, Briefing, Address }

    /**
     * A person holding a post: "NATO Secretary General Mark Rutte" → post "Secretary General" in NATO.
     * {@code since} when the text dates the start ("took over the helm … Tuesday").
     */
    public record Role(String personKey, String post, String organisationKey, LocalDate since, Span evidence,
                       double confidence) {}

    /**
     * Something that happened or will happen on a date: meetings, summits, visits, press conferences.
     * {@code key} identifies the real-world event across articles: the same type, start date and
     * place (or main organiser) give the same key. {@code start} is always set (ag:startDate is required);
     * {@code dayPrecise} is false when the text gives only a month, season or year ("in July", "this summer"):
     * then {@code start} is the first day of that period, not the day of the event.
     */
    public record Event(String key, EventType type, String label, LocalDate start, LocalDate end, String locationKey,
                        List<String> participantKeys, String dateText, Span evidence, double confidence, boolean dayPrecise) {}

    /** A promise, allocation or delivery of aid from a donor to a recipient. */
    public record Pledge(String donorKey, String recipientKey, MoneyAmount amount, String items, AidType aidType,
                         PledgeStatus status, LocalDate periodStart, LocalDate periodEnd, String announcedAtEventKey,
                         Span evidence, double confidence) {}

    /**
     * Words attributed to a speaker: a direct quotation ({@code direct}) or reported speech.
     * {@code words} is the span of the words themselves, without quote marks; {@code speakerKey} is
     * null for anonymous sources ("diplomats said").
     */
    public record Statement(String speakerKey, Span words, boolean direct, LocalDate date, String eventKey,
                            Span evidence, double confidence) {}

    /**
     * A stance on a candidate joining an organisation: Rutte says Ukraine's path to NATO is
     * irreversible. {@code statement} is the index into {@link Document#statements()} it was
     * expressed in, or -1. {@code holderKeys} may name an organisation or group ("NATO").
     */
    public record Position(List<String> holderKeys, String candidateKey, String organisationKey, Stance stance,
                           LocalDate date, int statement, Span evidence, double confidence) {}
}
