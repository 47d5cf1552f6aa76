package org.seen.assessment.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seen.assessment.ToolItem;
import org.seen.people.AdultSummary;

/**
 * The family's copy of an assessment in plain words: what it is, what is going well, what needs
 * to change and by when, what the child told us, and what happens next. It speaks to the family
 * ("you", "we"), names the child, keeps its own sentences short, and shows no grades: a number on
 * a scale reads as a verdict on a parent, while the tool's descriptors say what the child's day is
 * like. It holds nothing practitioner-only: no evidence, nothing reported by other agencies.
 * <p>
 * Of the child's voice it carries their words, the good things and their wishes, but not what
 * worries them: a child's worry may be about the very adults this copy is given to.
 */
public record FamilyCopy(String firstName, boolean draft, boolean unborn, List<String> about, List<Strength> goingWell,
		List<Change> toChange, List<Said> childSaid, List<String> next) {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final Pattern THE_CHILD = Pattern.compile("\\b([Tt])he (child|baby)\\b('s)?");

	/** Something going well: the item and what the family does, in the tool's words about this child. */
	public record Strength(String title, String words) {
	}

	/**
	 * Something to work on: the item, what we agreed, when we hope it will be better and what that
	 * looks like (the target grade's words), and what the parent said about it.
	 */
	public record Change(String title, String agreed, String hope, String hopeWords, String parentView) {
	}

	/** Something the child said, with what it was about. */
	public record Said(String about, String words) {
	}

	/**
	 * The copy of one assessment. {@code present} are the adults who took part, {@code contact}
	 * the practitioner the family can talk to and {@code agency} where they work (may be blank).
	 */
	static FamilyCopy of(AssessmentView view, List<AdultSummary> present, List<ChildVoice> voices, String contact,
			String agency) {
		Assessment a = view.assessment();
		String first = view.child().givenName();
		boolean unborn = view.child().unborn(a.assessedOn());
		String child = unborn ? "your baby" : first;
		String at = agency == null || agency.isBlank() ? "" : " at " + agency;

		List<String> about = new ArrayList<>();
		if (a.draft()) {
			about.add("This copy is a draft. It may still change before it is signed off.");
		}
		about.add("This is your copy of the assessment we did together on " + date(a.assessedOn()) + ".");
		about.add(present.isEmpty() ? "It is for " + (unborn ? "your family." : first + "'s family.")
				: "It is for " + names(present.stream().map(AdultSummary::name).toList()) + ".");
		about.add("It says what is going well for " + child + " and what we agreed needs to change.");
		if (!present.isEmpty()) {
			about.add("Who took part: " + names(present.stream()
				.map(adult -> adult.name() + " (" + adult.relationship().label().toLowerCase(Locale.UK) + ")")
				.toList()) + ".");
		}
		if (a.othersPresent() != null) {
			about.add("Also there: " + a.othersPresent() + (a.othersPresent().matches(".*[.!?]$") ? "" : "."));
		}
		about.add(contact + at + " did the assessment with you.");

		List<Strength> goingWell = view.strengths()
			.stream()
			.map(item -> new Strength(item.title(), personal(view.descriptor(item, view.recorded(item.id()).grade()), first, unborn)))
			.toList();

		List<Change> toChange = view.needingChange().stream().map(item -> {
			AssessedItem r = view.recorded(item.id());
			String agreed = "We agreed to work on " + lower(item.title()) + ".";
			String hope;
			String hopeWords = null;
			if (r.targetGrade() != null) {
				// a target of 3 or 4 is a first step, and its words still describe a need: say so
				String when = r.reviewBy() != null ? "By " + date(r.reviewBy()) + " we hope" : "We hope";
				hope = when + (r.targetGrade() <= 2 ? " that:" : " to see this first step:");
				hopeWords = personal(view.descriptor(item, r.targetGrade()), first, unborn);
			}
			else {
				hope = r.reviewBy() != null ? "We will look at this again by " + date(r.reviewBy()) + "."
						: "We will agree together what should change, and by when.";
			}
			return new Change(item.title(), agreed, hope, hopeWords, r.parentView());
		}).toList();

		List<Said> said = new ArrayList<>();
		if (!unborn) {
			for (ChildVoice voice : voices) {
				if (voice.kind() != VoiceKind.WORDS) {
					continue;
				}
				add(said, "In " + first + "'s own words", voice.words());
				add(said, "What " + first + " likes", voice.goodThings());
				add(said, "What " + first + " wishes for", voice.wishes());
			}
			for (ToolItem item : view.items()) {
				add(said, "About " + lower(item.title()), view.recorded(item.id()).childView());
			}
		}

		List<String> next = new ArrayList<>();
		LocalDate firstReview = view.needingChange()
			.stream()
			.map(item -> view.recorded(item.id()).reviewBy())
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (toChange.isEmpty()) {
			next.add("Nothing needs to change at the moment.");
		}
		else if (firstReview != null) {
			next.add("We will look at how things are going by " + date(firstReview) + ".");
			next.add("Each thing we agreed to work on has its own date above.");
		}
		else {
			next.add("We will agree with you when we look at this again.");
		}
		next.add("If you have a question, or something changes, please talk to " + contact + at + ".");
		next.add("Please tell " + contact + " if you think something in this copy is wrong.");
		next.add("You can ask " + contact + " for this copy in another language or format.");

		return new FamilyCopy(first, a.draft(), unborn, List.copyOf(about), goingWell, toChange, List.copyOf(said),
				List.copyOf(next));
	}

	/** The sentences this copy writes itself (not the tool's words nor what people typed), for checking their length. */
	List<String> ownSentences() {
		List<String> own = new ArrayList<>(about);
		toChange.forEach(change -> {
			own.add(change.agreed());
			own.add(change.hope());
		});
		own.addAll(next);
		return own;
	}

	/** The tool speaks of "the child"; the family's copy speaks of the child by name. */
	static String personal(String descriptor, String firstName, boolean unborn) {
		if (descriptor == null || unborn) {
			return descriptor;
		}
		Matcher m = THE_CHILD.matcher(descriptor);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(firstName + (m.group(3) != null ? "'s" : "")));
		}
		m.appendTail(out);
		return out.toString();
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** "Home conditions" as it reads inside a sentence: "home conditions" (an initialism keeps its capitals). */
	static String lower(String title) {
		if (title.length() > 1 && Character.isUpperCase(title.charAt(1))) {
			return title;
		}
		return Character.toLowerCase(title.charAt(0)) + title.substring(1);
	}

	/** "A", "A and B", "A, B and C". */
	static String names(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static void add(List<Said> said, String about, String words) {
		if (words != null && !words.isBlank()) {
			said.add(new Said(about, words.trim()));
		}
	}
}
