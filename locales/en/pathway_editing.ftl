## Writing a pathway in the partner space

partner-new-pathway = New pathway
partner-pathway-new = New pathway
partner-pathway-edit = Pathway: { $title }
partner-pathway-goal-hint = One or two sentences: what a learner can do at the end, in everyday words.
partner-pathway-competences-hint = The DigComp competences this pathway builds, each with the level a learner reaches (1 to 8). Its badge names them.
partner-pathway-competence-none = — none —
partner-pathway-competence-n = Competence { $n }
partner-pathway-target-level-n = Level reached ({ $n })
partner-pathway-level-n = Level { $level }
partner-pathway-competence-at = { $code } at level { $level }
partner-pathway-steps = Steps
partner-pathway-steps-hint = Learners follow the steps in this order. Move a step with its buttons, or type the new positions and save the order.
partner-pathway-no-steps-yet = No steps yet: add the first one below.
partner-pathway-no-steps = Saved. A pathway needs at least one step before it can be sent for review.
partner-pathway-steps-not-ready = { $count ->
    [one] Saved. Step { $steps } is not finished yet: finish it before sending the pathway for review.
   *[other] Saved. Steps { $steps } are not finished yet: finish them before sending the pathway for review.
}
partner-notice-pathway-created = Pathway created as a draft. Now add its steps.
partner-step-col-position = Position
partner-step-col-step = Step
partner-step-col-actions = Actions
partner-step-position-label = Position of step { $n }
partner-step-untitled = Untitled step
partner-step-minutes = { $minutes } min
partner-step-ready = Ready
partner-step-unfinished = To finish
partner-step-up = Up
partner-step-down = Down
partner-step-remove = Remove
partner-step-up-label = Up: move step { $n } one place earlier
partner-step-down-label = Down: move step { $n } one place later
partner-step-remove-label = Remove step { $n }
partner-step-reorder = Save the order
partner-step-add-title = Add a step
partner-step-add = Add the step
partner-step-required = Required
partner-step-optional = Optional
partner-notice-step-added = Step added. Write its content now.
partner-notice-steps-saved = The order of the steps is saved.
partner-notice-step-removed = Step removed.
partner-notice-step-saved = Step saved.

## One step
partner-step-edit = Step { $n } of { $total }: { $title }
partner-step-back = Back to the pathway “{ $title }”
partner-step-kind-hint = Read a lesson, watch a video (with its transcript), practise with a checklist, answer a quiz, or follow a course elsewhere.
partner-step-url-hint = The video or the course elsewhere (https://…). Optional for other steps.
partner-step-introduction = Introduction
partner-step-checklist-hint = One item per line: what the learner checks off.
partner-step-pass-mark-hint = The share of right answers needed to pass, in percent (1 to 100).
partner-step-questions = Questions
partner-step-questions-hint = Each question needs at least two choices and exactly one right answer. Leave a choice empty to leave it out.
partner-step-explanation-hint = Shown after an answer: why the right answer is right.
partner-question-add = Add a question
partner-question-remove = Take this question out when saving
partner-step-save = Save the step

## Problems
partner-error-minutes = Type a length between 1 and { $max } minutes.
partner-error-pass-mark = Type a pass mark between 1 and 100.
partner-error-no-questions = A quiz needs at least one question: add one.
partner-error-two-choices = Write at least two choices.
partner-error-no-right-answer = Choose the right answer among the choices written.
partner-error-steps-full = A pathway has at most { $max } steps.
partner-error-step-past-end = There are only { $max } steps: type a position from 1 to { $max }.
partner-error-position = Type a position as a number.

## Parts of a pathway, in forms, changes and history
content-field-goal = Goal
content-field-step-n = Step { $n }
content-field-question-n = Question { $n }
content-field-choice-n = Choice { $n }
content-field-content-md = Lesson
content-field-transcript-md = Transcript
content-field-checklist = Checklist
content-field-bring-back-md = What to bring back
content-field-minutes = Length in minutes
content-field-required = Required or optional
content-field-url = Web address
content-field-pass-mark = Pass mark (%)
content-field-prompt = Question
content-field-explanation = Explanation
content-field-label = Text
content-field-correct = Right answer

## Proposing a job profile
partner-jobs-link = Job profiles
partner-jobs-title = Propose a job profile
partner-jobs-back = Back to the partner space
partner-jobs-intro = Job profiles belong to the whole portal. Propose a new one, or a change to one below: the moderators review it, and the profile's history credits you.
partner-jobs-new = Propose a new job profile
partner-jobs-change = Propose a change to a job profile
partner-job-new = New job profile
partner-job-edit = Job profile: { $title }
partner-job-review-note = What you send here waits for the moderators before anyone sees it.
partner-job-summary-hint = Two or three sentences, in everyday words: what the person does and for whom.
partner-job-lines-hint = One per line.
partner-job-competences-hint = The DigComp competences the job asks for, each with the level it needs (1 to 8).
partner-job-level-n = Level needed ({ $n })
partner-job-send = Send the proposal
partner-notice-job-proposed = Thank you: your proposal is with the moderators. You will receive an e-mail when they decide.
content-field-missions = Missions
content-field-employers = Typical employers
content-field-routes = Routes into the job
content-field-employer-kinds = Kinds of employer
content-field-choice-feedback-n = Why choice { $n } is wrong
content-field-feedback = Feedback
partner-step-feedback-hint = For a wrong answer: why it is not the best one, without giving the right one away. Shown to whoever chose it; the right answers and explanations come once the quiz is passed.
