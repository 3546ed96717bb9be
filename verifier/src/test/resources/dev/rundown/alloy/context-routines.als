-- models/examples/context-routines.rundown {Context=1, Stream=1}

open util/ordering[State]

abstract sig Bool {}
one sig False, True extends Bool {}

-- symmetric: its 1 atoms are interchangeable; Kodkod breaks symmetries
sig Context {
  life: Life -> State,
  refs: Int -> State,
  member: set State,
  cleaned: set State,
  ContextCleanupCallback_pc: Pc -> State
}

abstract sig Stream {
  ctx: Context -> State,
  PostCreate_pc: Int -> Pc -> State,
  PostCreate_c: Int -> Context -> State,
  PostCreate_r: Int -> SetResult -> State,
  PostCreate_old: Int -> Context -> State,
  PostCreate_tries: Int -> Int -> State,
  FilterUnload_s_2_todo: set State,
  FilterUnload_s_16_todo: set State
}
one sig Stream1 extends Stream {}

abstract sig Life {}
one sig Unused, Allocated, Attached, Detached, Freeing, Freed extends Life {}

abstract sig SetResult {}
one sig Ok, AlreadyDefined extends SetResult {}

-- the labels of every routine's and callback's program counter
abstract sig Pc {}
one sig pc_s1, pc_s2, pc_s3, pc_s4, pc_s5, pc_s6, pc_s7, pc_s8, pc_s9, pc_s10, pc_s11, pc_s12, pc_s13, pc_s14, pc_s15, pc_s16, pc_s17, pc_s18, pc_s19, pc_s20, pc_s21, pc_s22, pc_done, pc_s23, pc_s24, pc_s25, pc_s26, pc_s27, pc_idle, pc_returned extends Pc {}

one sig Globals {
  unregistered: set State,
  pending: Int -> State,
  unloaded: set State
}

one sig FilterUnload {
  pc: Pc -> State,
  c: Context -> State,
  s_2: Stream -> State,
  FltUnregisterFilter_detached: Context -> State,
  s_16: Stream -> State
}

-- the states of a trace, in order; each records the step leaving it: which action, its arguments,
-- the properties it broke
abstract sig Label {}
one sig Fired_PostCreate, Fired_FilterUnload, Fired_ContextCleanupCallback extends Label {}
-- a routine's or callback's steps share its label; the step says which one (the k-th in the source)
abstract sig Step {}
one sig step1, step2, step3, step4, step5, step6, step7, step8, step9, step10, step11, step12, step13, step14, step15, step16, step17, step18, step19, step20, step21, step22, step23, step24, step25, step26, step27 extends Step {}
abstract sig Failure {}
one sig Violated_SetOnlyAllocated, Violated_NoUseAfterFree, Violated_WellDefined extends Failure {}
sig State {
  action: lone Label,
  arg1: lone univ,
  arg2: lone univ,
  failed: set Failure,
  step: lone Step
}

-- a stutter changes nothing: the frame fact below keeps every variable
pred stutter[pre: State] {
  no pre.action
  no pre.arg1
  no pre.arg2
  no pre.failed
  no pre.step
}

pred initial[pre: State] {
  (life.pre) = Context -> Unused
  (refs.pre) = Context -> 0
  no (member.pre)
  no (cleaned.pre)
  no (ctx.pre)
  no (unregistered.pre)
  (pending.pre) = Globals -> 2
  no (unloaded.pre)
  (PostCreate_pc.pre) = Stream -> {i: Int | i >= 1 and i <= 2} -> pc_s1
  no (PostCreate_c.pre)
  (PostCreate_r.pre) = Stream -> {i: Int | i >= 1 and i <= 2} -> Ok
  no (PostCreate_old.pre)
  (PostCreate_tries.pre) = Stream -> {i: Int | i >= 1 and i <= 2} -> 0
  (pc.pre) = FilterUnload -> pc_s1
  no (c.pre)
  (s_2.pre) = FilterUnload -> Stream1
  no (FilterUnload_s_2_todo.pre)
  no (FltUnregisterFilter_detached.pre)
  (s_16.pre) = FilterUnload -> Stream1
  no (FilterUnload_s_16_todo.pre)
  (ContextCleanupCallback_pc.pre) = Context -> pc_idle
}

-- driver PostCreate.1  line 21: local c: Context? = none
pred PostCreate_1[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step1
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s1 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_c_2 = ((PostCreate_c.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s2) | ((PostCreate_pc.post) = PostCreate_pc_2 and (PostCreate_c.post) = PostCreate_c_2 and pre.failed = none))))
}

-- driver PostCreate.2  line 24: local tries: 0..2 = 0
pred PostCreate_2[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step2
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s2 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_tries_2 = ((PostCreate_tries.pre) - (s -> opener -> Int)) + (s -> opener -> 0) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s3) | ((PostCreate_pc.post) = PostCreate_pc_2 and (PostCreate_tries.post) = PostCreate_tries_2 and pre.failed = none))))
}

-- driver PostCreate.3  line 25: while c == none and tries < 2
pred PostCreate_3[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step3
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s3 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_c_2 = ((PostCreate_c.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s4) | (let PostCreate_tries_2 = ((PostCreate_tries.pre) - (s -> opener -> Int)) + (s -> opener -> 0) | (let PostCreate_pc_3 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s6) | (let PostCreate_pc_4 = (((no (s.(PostCreate_c.pre))[opener]) and ((s.(PostCreate_tries.pre))[opener] < 2)) => PostCreate_pc_2 else PostCreate_pc_3) | (let PostCreate_c_3 = (((no (s.(PostCreate_c.pre))[opener]) and ((s.(PostCreate_tries.pre))[opener] < 2)) => PostCreate_c_2 else (PostCreate_c.pre)) | (let PostCreate_tries_3 = (((no (s.(PostCreate_c.pre))[opener]) and ((s.(PostCreate_tries.pre))[opener] < 2)) => (PostCreate_tries.pre) else PostCreate_tries_2) | ((PostCreate_pc.post) = PostCreate_pc_4 and (PostCreate_c.post) = PostCreate_c_3 and (PostCreate_tries.post) = PostCreate_tries_3 and pre.failed = none)))))))))
}

-- driver PostCreate.4  line 26: c := call FltAllocateContext()
pred PostCreate_4[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step4
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s4 in (s.(PostCreate_pc.pre))[opener]) and ((some c_2: Context | ((Unused in (c_2.(life.pre))) and (let life_2 = (life.pre) ++ (c_2 -> Allocated) | (let refs_2 = (refs.pre) ++ (c_2 -> 1) | (let PostCreate_c_2 = ((PostCreate_c.pre) - (s -> opener -> Context)) + (s -> opener -> c_2) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s5) | ((life.post) = life_2 and (refs.post) = refs_2 and (PostCreate_pc.post) = PostCreate_pc_2 and (PostCreate_c.post) = PostCreate_c_2 and pre.failed = none))))))) or (let PostCreate_c_3 = ((PostCreate_c.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s5) | ((life.post) = (life.pre) and (refs.post) = (refs.pre) and (PostCreate_pc.post) = PostCreate_pc_3 and (PostCreate_c.post) = PostCreate_c_3 and pre.failed = none)))))
}

-- driver PostCreate.5  line 27: tries := tries + 1
pred PostCreate_5[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step5
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s5 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_tries_2 = ((PostCreate_tries.pre) - (s -> opener -> Int)) + (s -> opener -> plus[(s.(PostCreate_tries.pre))[opener], 1]) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s3) | (((not (plus[(s.(PostCreate_tries.pre))[opener], 1] <= 2)) and ((PostCreate_pc.post) = (PostCreate_pc.pre) and (PostCreate_tries.post) = (PostCreate_tries.pre) and pre.failed = Violated_WellDefined)) or ((plus[(s.(PostCreate_tries.pre))[opener], 1] <= 2) and ((PostCreate_pc.post) = PostCreate_pc_2 and (PostCreate_tries.post) = PostCreate_tries_2 and pre.failed = none))))))
}

-- driver PostCreate.6  line 29: if c == none
pred PostCreate_6[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step6
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s6 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_c_2 = ((PostCreate_c.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s7) | (let PostCreate_pc_3 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s9) | (let PostCreate_pc_4 = ((no (s.(PostCreate_c.pre))[opener]) => PostCreate_pc_2 else PostCreate_pc_3) | (let PostCreate_c_3 = ((no (s.(PostCreate_c.pre))[opener]) => PostCreate_c_2 else (PostCreate_c.pre)) | ((PostCreate_pc.post) = PostCreate_pc_4 and (PostCreate_c.post) = PostCreate_c_3 and pre.failed = none)))))))
}

-- driver PostCreate.7  line 30: pending -= 1
pred PostCreate_7[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step7
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s7 in (s.(PostCreate_pc.pre))[opener]) and (let pending_2 = (pending.pre) ++ (Globals -> minus[(Globals.(pending.pre)), 1]) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s8) | (((not (minus[(Globals.(pending.pre)), 1] >= 0)) and ((pending.post) = (pending.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and pre.failed = Violated_WellDefined)) or ((minus[(Globals.(pending.pre)), 1] >= 0) and ((pending.post) = pending_2 and (PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none))))))
}

-- driver PostCreate.8  line 31: return
pred PostCreate_8[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step8
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s8 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_done) | ((PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none)))
}

-- driver PostCreate.9  line 33: c.member := true
pred PostCreate_9[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step9
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s9 in (s.(PostCreate_pc.pre))[opener]) and (let member_2 = ((member.pre) + ((s.(PostCreate_c.pre))[opener])) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s10) | (((not (some (s.(PostCreate_c.pre))[opener])) and ((member.post) = (member.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (s.(PostCreate_c.pre))[opener]) and ((member.post) = member_2 and (PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none))))))
}

-- driver PostCreate.10  line 34: r, old := call FltSetStreamContext(s, c)
pred PostCreate_10[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step10
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s10 in (s.(PostCreate_pc.pre))[opener]) and (((not ((no (s.(PostCreate_c.pre))[opener]) or (some (s.(PostCreate_c.pre))[opener]))) and ((life.post) = (life.pre) and (refs.post) = (refs.pre) and (ctx.post) = (ctx.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and (PostCreate_r.post) = (PostCreate_r.pre) and (PostCreate_old.post) = (PostCreate_old.pre) and pre.failed = Violated_WellDefined)) or (((no (s.(PostCreate_c.pre))[opener]) or (some (s.(PostCreate_c.pre))[opener])) and (((no (s.(ctx.pre))) and (let ctx_2 = ((ctx.pre) - (s -> Context)) + (s -> (s.(PostCreate_c.pre))[opener]) | (let life_2 = (life.pre) ++ ((s.(PostCreate_c.pre))[opener] -> Attached) | (let refs_2 = (refs.pre) ++ ((s.(PostCreate_c.pre))[opener] -> plus[((s.(PostCreate_c.pre))[opener].(refs.pre)), 1]) | (let PostCreate_r_2 = ((PostCreate_r.pre) - (s -> opener -> SetResult)) + (s -> opener -> Ok) | (let PostCreate_old_2 = ((PostCreate_old.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s11) | ((((not (some (s.(PostCreate_c.pre))[opener])) or (not (((some (s.(PostCreate_c.pre))[opener]) and (some (s.(PostCreate_c.pre))[opener])) and (plus[((s.(PostCreate_c.pre))[opener].(refs.pre)), 1] <= 4)))) and ((life.post) = (life.pre) and (refs.post) = (refs.pre) and (ctx.post) = (ctx.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and (PostCreate_r.post) = (PostCreate_r.pre) and (PostCreate_old.post) = (PostCreate_old.pre) and pre.failed = (((not (no (s.(PostCreate_c.pre))[opener])) and (Allocated in ((s.(PostCreate_c.pre))[opener].(life.pre)))) => none else Violated_SetOnlyAllocated) + Violated_WellDefined)) or ((not ((not (some (s.(PostCreate_c.pre))[opener])) or (not (((some (s.(PostCreate_c.pre))[opener]) and (some (s.(PostCreate_c.pre))[opener])) and (plus[((s.(PostCreate_c.pre))[opener].(refs.pre)), 1] <= 4))))) and ((life.post) = life_2 and (refs.post) = refs_2 and (ctx.post) = ctx_2 and (PostCreate_pc.post) = PostCreate_pc_2 and (PostCreate_r.post) = PostCreate_r_2 and (PostCreate_old.post) = PostCreate_old_2 and pre.failed = (((not (no (s.(PostCreate_c.pre))[opener])) and (Allocated in ((s.(PostCreate_c.pre))[opener].(life.pre)))) => none else Violated_SetOnlyAllocated))))))))))) or ((not (no (s.(ctx.pre)))) and (let refs_3 = (refs.pre) ++ ((s.(ctx.pre)) -> plus[((s.(ctx.pre)).(refs.pre)), 1]) | (let PostCreate_r_3 = ((PostCreate_r.pre) - (s -> opener -> SetResult)) + (s -> opener -> AlreadyDefined) | (let PostCreate_old_3 = ((PostCreate_old.pre) - (s -> opener -> Context)) + (s -> opener -> (s.(ctx.pre))) | (let PostCreate_old_4 = (PostCreate_old_3 - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s11) | (((not (((some (s.(ctx.pre))) and (some (s.(ctx.pre)))) and (plus[((s.(ctx.pre)).(refs.pre)), 1] <= 4))) and ((life.post) = (life.pre) and (refs.post) = (refs.pre) and (ctx.post) = (ctx.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and (PostCreate_r.post) = (PostCreate_r.pre) and (PostCreate_old.post) = (PostCreate_old.pre) and pre.failed = (((not (no (s.(PostCreate_c.pre))[opener])) and (Allocated in ((s.(PostCreate_c.pre))[opener].(life.pre)))) => none else Violated_SetOnlyAllocated) + Violated_WellDefined)) or ((((some (s.(ctx.pre))) and (some (s.(ctx.pre)))) and (plus[((s.(ctx.pre)).(refs.pre)), 1] <= 4)) and ((life.post) = (life.pre) and (refs.post) = refs_3 and (ctx.post) = (ctx.pre) and (PostCreate_pc.post) = PostCreate_pc_3 and (PostCreate_r.post) = PostCreate_r_3 and (PostCreate_old.post) = PostCreate_old_4 and pre.failed = (((not (no (s.(PostCreate_c.pre))[opener])) and (Allocated in ((s.(PostCreate_c.pre))[opener].(life.pre)))) => none else Violated_SetOnlyAllocated))))))))))))))
}

-- driver PostCreate.11  line 35: if r == AlreadyDefined
pred PostCreate_11[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step11
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s11 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_r_2 = ((PostCreate_r.pre) - (s -> opener -> SetResult)) + (s -> opener -> Ok) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s12) | (let PostCreate_r_3 = ((PostCreate_r.pre) - (s -> opener -> SetResult)) + (s -> opener -> Ok) | (let PostCreate_pc_3 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s13) | (let PostCreate_pc_4 = ((AlreadyDefined in (s.(PostCreate_r.pre))[opener]) => PostCreate_pc_2 else PostCreate_pc_3) | (let PostCreate_r_4 = ((AlreadyDefined in (s.(PostCreate_r.pre))[opener]) => PostCreate_r_2 else PostCreate_r_3) | ((PostCreate_pc.post) = PostCreate_pc_4 and (PostCreate_r.post) = PostCreate_r_4 and pre.failed = none))))))))
}

-- driver PostCreate.12  line 38: old := none
pred PostCreate_12[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step12
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s12 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_old_2 = ((PostCreate_old.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s14) | ((PostCreate_pc.post) = PostCreate_pc_2 and (PostCreate_old.post) = PostCreate_old_2 and pre.failed = none))))
}

-- driver PostCreate.13  line 40: skip
pred PostCreate_13[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step13
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s13 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s14) | ((PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none)))
}

-- driver PostCreate.14  line 42: call FltReleaseContext(c)
pred PostCreate_14[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step14
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s14 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s15) | ((PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none)))
}

-- driver PostCreate.15  line 59: assert not c.life in {Unused, Freeing, Freed} and c.refs ...
pred PostCreate_15[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step15
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s15 in (s.(PostCreate_pc.pre))[opener]) and (((not ((some (s.(PostCreate_c.pre))[opener]) and ((((Unused in ((s.(PostCreate_c.pre))[opener].(life.pre))) or (Freeing in ((s.(PostCreate_c.pre))[opener].(life.pre)))) or (Freed in ((s.(PostCreate_c.pre))[opener].(life.pre)))) or (some (s.(PostCreate_c.pre))[opener])))) and ((PostCreate_pc.post) = (PostCreate_pc.pre) and pre.failed = Violated_WellDefined)) or (((some (s.(PostCreate_c.pre))[opener]) and ((((Unused in ((s.(PostCreate_c.pre))[opener].(life.pre))) or (Freeing in ((s.(PostCreate_c.pre))[opener].(life.pre)))) or (Freed in ((s.(PostCreate_c.pre))[opener].(life.pre)))) or (some (s.(PostCreate_c.pre))[opener]))) and (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s16) | ((PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = (((not (((Unused in ((s.(PostCreate_c.pre))[opener].(life.pre))) or (Freeing in ((s.(PostCreate_c.pre))[opener].(life.pre)))) or (Freed in ((s.(PostCreate_c.pre))[opener].(life.pre))))) and (((s.(PostCreate_c.pre))[opener].(refs.pre)) >= 1)) => none else Violated_NoUseAfterFree))))))
}

-- driver PostCreate.16  line 60: c.refs := c.refs - 1
pred PostCreate_16[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step16
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s16 in (s.(PostCreate_pc.pre))[opener]) and (let refs_2 = (refs.pre) ++ ((s.(PostCreate_c.pre))[opener] -> minus[((s.(PostCreate_c.pre))[opener].(refs.pre)), 1]) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s17) | (((not (((some (s.(PostCreate_c.pre))[opener]) and (some (s.(PostCreate_c.pre))[opener])) and (minus[((s.(PostCreate_c.pre))[opener].(refs.pre)), 1] >= minus[0, 1]))) and ((refs.post) = (refs.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and pre.failed = Violated_WellDefined)) or ((((some (s.(PostCreate_c.pre))[opener]) and (some (s.(PostCreate_c.pre))[opener])) and (minus[((s.(PostCreate_c.pre))[opener].(refs.pre)), 1] >= minus[0, 1])) and ((refs.post) = refs_2 and (PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none))))))
}

-- driver PostCreate.17  line 61: if c.refs == 0
pred PostCreate_17[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step17
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s17 in (s.(PostCreate_pc.pre))[opener]) and (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s18) | (let PostCreate_c_2 = ((PostCreate_c.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s22) | (let PostCreate_pc_4 = ((((s.(PostCreate_c.pre))[opener].(refs.pre)) = 0) => PostCreate_pc_2 else PostCreate_pc_3) | (let PostCreate_c_3 = ((((s.(PostCreate_c.pre))[opener].(refs.pre)) = 0) => (PostCreate_c.pre) else PostCreate_c_2) | (((not (some (s.(PostCreate_c.pre))[opener])) and ((PostCreate_pc.post) = (PostCreate_pc.pre) and (PostCreate_c.post) = (PostCreate_c.pre) and pre.failed = Violated_WellDefined)) or ((some (s.(PostCreate_c.pre))[opener]) and ((PostCreate_pc.post) = PostCreate_pc_4 and (PostCreate_c.post) = PostCreate_c_3 and pre.failed = none)))))))))
}

-- driver PostCreate.18  line 62: c.life := Freeing
pred PostCreate_18[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step18
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s18 in (s.(PostCreate_pc.pre))[opener]) and (let life_2 = (life.pre) ++ ((s.(PostCreate_c.pre))[opener] -> Freeing) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s19) | (((not (some (s.(PostCreate_c.pre))[opener])) and ((life.post) = (life.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (s.(PostCreate_c.pre))[opener]) and ((life.post) = life_2 and (PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none))))))
}

-- driver PostCreate.19  line 63: call ContextCleanupCallback(c)
pred PostCreate_19[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step19
  pre.arg1 = s
  pre.arg2 = opener
  (((not ((not (pc_s19 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener]))) and ((PostCreate_pc.post) = (PostCreate_pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or (((not (pc_s19 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener])) and (((pc_s19 in (s.(PostCreate_pc.pre))[opener]) and (pc_idle in ((s.(PostCreate_c.pre))[opener].(ContextCleanupCallback_pc.pre)))) and (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ ((s.(PostCreate_c.pre))[opener] -> pc_s1) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s20) | (((not (some (s.(PostCreate_c.pre))[opener])) and ((PostCreate_pc.post) = (PostCreate_pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (s.(PostCreate_c.pre))[opener]) and ((PostCreate_pc.post) = PostCreate_pc_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))))))
}

-- driver PostCreate.20  line 63: call ContextCleanupCallback(c) (wait for return)
pred PostCreate_20[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step20
  pre.arg1 = s
  pre.arg2 = opener
  (((not ((not (pc_s20 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener]))) and ((PostCreate_pc.post) = (PostCreate_pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or (((not (pc_s20 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener])) and (((pc_s20 in (s.(PostCreate_pc.pre))[opener]) and (pc_returned in ((s.(PostCreate_c.pre))[opener].(ContextCleanupCallback_pc.pre)))) and (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ ((s.(PostCreate_c.pre))[opener] -> pc_idle) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s21) | (((not (some (s.(PostCreate_c.pre))[opener])) and ((PostCreate_pc.post) = (PostCreate_pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (s.(PostCreate_c.pre))[opener]) and ((PostCreate_pc.post) = PostCreate_pc_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))))))
}

-- driver PostCreate.21  line 64: c.life := Freed
pred PostCreate_21[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step21
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s21 in (s.(PostCreate_pc.pre))[opener]) and (let life_2 = (life.pre) ++ ((s.(PostCreate_c.pre))[opener] -> Freed) | (let PostCreate_c_2 = ((PostCreate_c.pre) - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_s22) | (((not (some (s.(PostCreate_c.pre))[opener])) and ((life.post) = (life.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and (PostCreate_c.post) = (PostCreate_c.pre) and pre.failed = Violated_WellDefined)) or ((some (s.(PostCreate_c.pre))[opener]) and ((life.post) = life_2 and (PostCreate_pc.post) = PostCreate_pc_2 and (PostCreate_c.post) = PostCreate_c_2 and pre.failed = none)))))))
}

-- driver PostCreate.22  line 43: pending -= 1
pred PostCreate_22[pre, post: State, s: Stream, opener: Int] {
  pre.action = Fired_PostCreate
  pre.step = step22
  pre.arg1 = s
  pre.arg2 = opener
  ((pc_s22 in (s.(PostCreate_pc.pre))[opener]) and (let pending_2 = (pending.pre) ++ (Globals -> minus[(Globals.(pending.pre)), 1]) | (let PostCreate_pc_2 = ((PostCreate_pc.pre) - (s -> opener -> Pc)) + (s -> opener -> pc_done) | (((not (minus[(Globals.(pending.pre)), 1] >= 0)) and ((pending.post) = (pending.pre) and (PostCreate_pc.post) = (PostCreate_pc.pre) and pre.failed = Violated_WellDefined)) or ((minus[(Globals.(pending.pre)), 1] >= 0) and ((pending.post) = pending_2 and (PostCreate_pc.post) = PostCreate_pc_2 and pre.failed = none))))))
}

-- driver FilterUnload.1  line 53: await pending == 0
pred FilterUnload_1[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step1
  no pre.arg1
  no pre.arg2
  (((pc_s1 in (FilterUnload.(pc.pre))) and ((Globals.(pending.pre)) = 0)) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s2) | ((pc.post) = pc_2 and pre.failed = none)))
}

-- driver FilterUnload.2  line 54: for s in Stream
pred FilterUnload_2[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step2
  no pre.arg1
  no pre.arg2
  ((pc_s2 in (FilterUnload.(pc.pre))) and (let FilterUnload_s_2_todo_2 = ((FilterUnload_s_2_todo.pre) + (Stream1)) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s3) | ((pc.post) = pc_2 and (FilterUnload_s_2_todo.post) = FilterUnload_s_2_todo_2 and pre.failed = none))))
}

-- driver FilterUnload.3  line 54: for s in Stream (next)
pred FilterUnload_3[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step3
  no pre.arg1
  no pre.arg2
  ((pc_s3 in (FilterUnload.(pc.pre))) and (((some s: Stream | (s in (FilterUnload_s_2_todo.pre))) and (some s_3: Stream | ((s_3 in (FilterUnload_s_2_todo.pre)) and (let FilterUnload_s_2_todo_2 = ((FilterUnload_s_2_todo.pre) - (s_3)) | (let s_2_2 = (s_2.pre) ++ (FilterUnload -> s_3) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s4) | ((pc.post) = pc_2 and (s_2.post) = s_2_2 and (FilterUnload_s_2_todo.post) = FilterUnload_s_2_todo_2 and pre.failed = none))))))) or ((not (some s: Stream | (s in (FilterUnload_s_2_todo.pre)))) and (let s_2_3 = (s_2.pre) ++ (FilterUnload -> Stream1) | (let pc_3 = (pc.pre) ++ (FilterUnload -> pc_s14) | ((pc.post) = pc_3 and (s_2.post) = s_2_3 and (FilterUnload_s_2_todo.post) = (FilterUnload_s_2_todo.pre) and pre.failed = none))))))
}

-- driver FilterUnload.4  line 55: c := call FltGetStreamContext(s)
pred FilterUnload_4[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step4
  no pre.arg1
  no pre.arg2
  ((pc_s4 in (FilterUnload.(pc.pre))) and (let c_2 = ((c.pre) - (FilterUnload -> Context)) + (FilterUnload -> none) | (let s_2_2 = (s_2.pre) ++ (FilterUnload -> Stream1) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s5) | (let refs_2 = (refs.pre) ++ (((FilterUnload.(s_2.pre)).(ctx.pre)) -> plus[(((FilterUnload.(s_2.pre)).(ctx.pre)).(refs.pre)), 1]) | (let c_3 = ((c.pre) - (FilterUnload -> Context)) + (FilterUnload -> ((FilterUnload.(s_2.pre)).(ctx.pre))) | (let s_2_3 = (s_2.pre) ++ (FilterUnload -> Stream1) | (let pc_3 = (pc.pre) ++ (FilterUnload -> pc_s5) | (let refs_3 = ((no ((FilterUnload.(s_2.pre)).(ctx.pre))) => (refs.pre) else refs_2) | (let pc_4 = ((no ((FilterUnload.(s_2.pre)).(ctx.pre))) => pc_2 else pc_3) | (let c_4 = ((no ((FilterUnload.(s_2.pre)).(ctx.pre))) => c_2 else c_3) | (let s_2_4 = ((no ((FilterUnload.(s_2.pre)).(ctx.pre))) => s_2_2 else s_2_3) | ((((not (no ((FilterUnload.(s_2.pre)).(ctx.pre)))) and (not (((some ((FilterUnload.(s_2.pre)).(ctx.pre))) and (some ((FilterUnload.(s_2.pre)).(ctx.pre)))) and (plus[(((FilterUnload.(s_2.pre)).(ctx.pre)).(refs.pre)), 1] <= 4)))) and ((refs.post) = (refs.pre) and (pc.post) = (pc.pre) and (c.post) = (c.pre) and (s_2.post) = (s_2.pre) and pre.failed = Violated_WellDefined)) or ((not ((not (no ((FilterUnload.(s_2.pre)).(ctx.pre)))) and (not (((some ((FilterUnload.(s_2.pre)).(ctx.pre))) and (some ((FilterUnload.(s_2.pre)).(ctx.pre)))) and (plus[(((FilterUnload.(s_2.pre)).(ctx.pre)).(refs.pre)), 1] <= 4))))) and ((refs.post) = refs_3 and (pc.post) = pc_4 and (c.post) = c_4 and (s_2.post) = s_2_4 and pre.failed = none)))))))))))))))
}

-- driver FilterUnload.5  line 56: if c != none
pred FilterUnload_5[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step5
  no pre.arg1
  no pre.arg2
  ((pc_s5 in (FilterUnload.(pc.pre))) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s6) | (let c_2 = ((c.pre) - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_3 = (pc.pre) ++ (FilterUnload -> pc_s3) | (let pc_4 = ((not (no (FilterUnload.(c.pre)))) => pc_2 else pc_3) | (let c_3 = ((not (no (FilterUnload.(c.pre)))) => (c.pre) else c_2) | ((pc.post) = pc_4 and (c.post) = c_3 and pre.failed = none)))))))
}

-- driver FilterUnload.6  line 56: call FltReleaseContext(c)
pred FilterUnload_6[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step6
  no pre.arg1
  no pre.arg2
  ((pc_s6 in (FilterUnload.(pc.pre))) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s7) | ((pc.post) = pc_2 and pre.failed = none)))
}

-- driver FilterUnload.7  line 59: assert not c.life in {Unused, Freeing, Freed} and c.refs ...
pred FilterUnload_7[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step7
  no pre.arg1
  no pre.arg2
  ((pc_s7 in (FilterUnload.(pc.pre))) and (((not ((some (FilterUnload.(c.pre))) and ((((Unused in ((FilterUnload.(c.pre)).(life.pre))) or (Freeing in ((FilterUnload.(c.pre)).(life.pre)))) or (Freed in ((FilterUnload.(c.pre)).(life.pre)))) or (some (FilterUnload.(c.pre)))))) and ((pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or (((some (FilterUnload.(c.pre))) and ((((Unused in ((FilterUnload.(c.pre)).(life.pre))) or (Freeing in ((FilterUnload.(c.pre)).(life.pre)))) or (Freed in ((FilterUnload.(c.pre)).(life.pre)))) or (some (FilterUnload.(c.pre))))) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s8) | ((pc.post) = pc_2 and pre.failed = (((not (((Unused in ((FilterUnload.(c.pre)).(life.pre))) or (Freeing in ((FilterUnload.(c.pre)).(life.pre)))) or (Freed in ((FilterUnload.(c.pre)).(life.pre))))) and (((FilterUnload.(c.pre)).(refs.pre)) >= 1)) => none else Violated_NoUseAfterFree))))))
}

-- driver FilterUnload.8  line 60: c.refs := c.refs - 1
pred FilterUnload_8[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step8
  no pre.arg1
  no pre.arg2
  ((pc_s8 in (FilterUnload.(pc.pre))) and (let refs_2 = (refs.pre) ++ ((FilterUnload.(c.pre)) -> minus[((FilterUnload.(c.pre)).(refs.pre)), 1]) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s9) | (((not (((some (FilterUnload.(c.pre))) and (some (FilterUnload.(c.pre)))) and (minus[((FilterUnload.(c.pre)).(refs.pre)), 1] >= minus[0, 1]))) and ((refs.post) = (refs.pre) and (pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or ((((some (FilterUnload.(c.pre))) and (some (FilterUnload.(c.pre)))) and (minus[((FilterUnload.(c.pre)).(refs.pre)), 1] >= minus[0, 1])) and ((refs.post) = refs_2 and (pc.post) = pc_2 and pre.failed = none))))))
}

-- driver FilterUnload.9  line 61: if c.refs == 0
pred FilterUnload_9[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step9
  no pre.arg1
  no pre.arg2
  ((pc_s9 in (FilterUnload.(pc.pre))) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s10) | (let c_2 = ((c.pre) - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_3 = (pc.pre) ++ (FilterUnload -> pc_s3) | (let pc_4 = ((((FilterUnload.(c.pre)).(refs.pre)) = 0) => pc_2 else pc_3) | (let c_3 = ((((FilterUnload.(c.pre)).(refs.pre)) = 0) => (c.pre) else c_2) | (((not (some (FilterUnload.(c.pre)))) and ((pc.post) = (pc.pre) and (c.post) = (c.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(c.pre))) and ((pc.post) = pc_4 and (c.post) = c_3 and pre.failed = none)))))))))
}

-- driver FilterUnload.10  line 62: c.life := Freeing
pred FilterUnload_10[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step10
  no pre.arg1
  no pre.arg2
  ((pc_s10 in (FilterUnload.(pc.pre))) and (let life_2 = (life.pre) ++ ((FilterUnload.(c.pre)) -> Freeing) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s11) | (((not (some (FilterUnload.(c.pre)))) and ((life.post) = (life.pre) and (pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(c.pre))) and ((life.post) = life_2 and (pc.post) = pc_2 and pre.failed = none))))))
}

-- driver FilterUnload.11  line 63: call ContextCleanupCallback(c)
pred FilterUnload_11[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step11
  no pre.arg1
  no pre.arg2
  (((not ((not (pc_s11 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre))))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or (((not (pc_s11 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre)))) and (((pc_s11 in (FilterUnload.(pc.pre))) and (pc_idle in ((FilterUnload.(c.pre)).(ContextCleanupCallback_pc.pre)))) and (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ ((FilterUnload.(c.pre)) -> pc_s1) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s12) | (((not (some (FilterUnload.(c.pre)))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(c.pre))) and ((pc.post) = pc_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))))))
}

-- driver FilterUnload.12  line 63: call ContextCleanupCallback(c) (wait for return)
pred FilterUnload_12[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step12
  no pre.arg1
  no pre.arg2
  (((not ((not (pc_s12 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre))))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or (((not (pc_s12 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre)))) and (((pc_s12 in (FilterUnload.(pc.pre))) and (pc_returned in ((FilterUnload.(c.pre)).(ContextCleanupCallback_pc.pre)))) and (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ ((FilterUnload.(c.pre)) -> pc_idle) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s13) | (((not (some (FilterUnload.(c.pre)))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(c.pre))) and ((pc.post) = pc_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))))))
}

-- driver FilterUnload.13  line 64: c.life := Freed
pred FilterUnload_13[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step13
  no pre.arg1
  no pre.arg2
  ((pc_s13 in (FilterUnload.(pc.pre))) and (let life_2 = (life.pre) ++ ((FilterUnload.(c.pre)) -> Freed) | (let c_2 = ((c.pre) - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s3) | (((not (some (FilterUnload.(c.pre)))) and ((life.post) = (life.pre) and (pc.post) = (pc.pre) and (c.post) = (c.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(c.pre))) and ((life.post) = life_2 and (pc.post) = pc_2 and (c.post) = c_2 and pre.failed = none)))))))
}

-- driver FilterUnload.14  line 58: call FltUnregisterFilter()
pred FilterUnload_14[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step14
  no pre.arg1
  no pre.arg2
  (((pc_s14 in (FilterUnload.(pc.pre))) and (not (Globals in (unregistered.pre)))) and (let FltUnregisterFilter_detached_2 = ((FltUnregisterFilter_detached.pre) - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s15) | ((pc.post) = pc_2 and (FltUnregisterFilter_detached.post) = FltUnregisterFilter_detached_2 and pre.failed = none))))
}

-- driver FilterUnload.15  line 78: unregistered := true
pred FilterUnload_15[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step15
  no pre.arg1
  no pre.arg2
  ((pc_s15 in (FilterUnload.(pc.pre))) and (let unregistered_2 = ((unregistered.pre) + (Globals)) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s16) | ((unregistered.post) = unregistered_2 and (pc.post) = pc_2 and pre.failed = none))))
}

-- driver FilterUnload.16  line 79: for s in Stream where s.ctx != none
pred FilterUnload_16[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step16
  no pre.arg1
  no pre.arg2
  ((pc_s16 in (FilterUnload.(pc.pre))) and (let FilterUnload_s_16_todo_2 = (((not (no (Stream1.(ctx.pre)))) => True else False) = True => (FilterUnload_s_16_todo.pre) + (Stream1) else (FilterUnload_s_16_todo.pre) - (Stream1)) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s17) | ((pc.post) = pc_2 and (FilterUnload_s_16_todo.post) = FilterUnload_s_16_todo_2 and pre.failed = none))))
}

-- driver FilterUnload.17  line 79: for s in Stream where s.ctx != none (next)
pred FilterUnload_17[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step17
  no pre.arg1
  no pre.arg2
  ((pc_s17 in (FilterUnload.(pc.pre))) and (((some s: Stream | (s in (FilterUnload_s_16_todo.pre))) and (some s_3: Stream | ((s_3 in (FilterUnload_s_16_todo.pre)) and (let FilterUnload_s_16_todo_2 = ((FilterUnload_s_16_todo.pre) - (s_3)) | (let s_16_2 = (s_16.pre) ++ (FilterUnload -> s_3) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s18) | ((pc.post) = pc_2 and (FltUnregisterFilter_detached.post) = (FltUnregisterFilter_detached.pre) and (s_16.post) = s_16_2 and (FilterUnload_s_16_todo.post) = FilterUnload_s_16_todo_2 and pre.failed = none))))))) or ((not (some s: Stream | (s in (FilterUnload_s_16_todo.pre)))) and (let s_16_3 = (s_16.pre) ++ (FilterUnload -> Stream1) | (let FltUnregisterFilter_detached_2 = ((FltUnregisterFilter_detached.pre) - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_3 = (pc.pre) ++ (FilterUnload -> pc_s27) | ((pc.post) = pc_3 and (FltUnregisterFilter_detached.post) = FltUnregisterFilter_detached_2 and (s_16.post) = s_16_3 and (FilterUnload_s_16_todo.post) = (FilterUnload_s_16_todo.pre) and pre.failed = none)))))))
}

-- driver FilterUnload.18  line 80: atomic
pred FilterUnload_18[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step18
  no pre.arg1
  no pre.arg2
  ((pc_s18 in (FilterUnload.(pc.pre))) and (let FltUnregisterFilter_detached_2 = ((FltUnregisterFilter_detached.pre) - (FilterUnload -> Context)) + (FilterUnload -> ((FilterUnload.(s_16.pre)).(ctx.pre))) | (let ctx_2 = ((ctx.pre) - ((FilterUnload.(s_16.pre)) -> Context)) + ((FilterUnload.(s_16.pre)) -> none) | (let life_2 = (life.pre) ++ ((FilterUnload.FltUnregisterFilter_detached_2) -> Detached) | (let s_16_2 = (s_16.pre) ++ (FilterUnload -> Stream1) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s19) | (((not (some (FilterUnload.FltUnregisterFilter_detached_2))) and ((life.post) = (life.pre) and (ctx.post) = (ctx.pre) and (pc.post) = (pc.pre) and (FltUnregisterFilter_detached.post) = (FltUnregisterFilter_detached.pre) and (s_16.post) = (s_16.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.FltUnregisterFilter_detached_2)) and ((life.post) = life_2 and (ctx.post) = ctx_2 and (pc.post) = pc_2 and (FltUnregisterFilter_detached.post) = FltUnregisterFilter_detached_2 and (s_16.post) = s_16_2 and pre.failed = none)))))))))
}

-- driver FilterUnload.19  line 81: call FltReleaseContext(detached)
pred FilterUnload_19[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step19
  no pre.arg1
  no pre.arg2
  ((pc_s19 in (FilterUnload.(pc.pre))) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s20) | ((pc.post) = pc_2 and pre.failed = none)))
}

-- driver FilterUnload.20  line 59: assert not c.life in {Unused, Freeing, Freed} and c.refs ...
pred FilterUnload_20[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step20
  no pre.arg1
  no pre.arg2
  ((pc_s20 in (FilterUnload.(pc.pre))) and (((not ((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and ((((Unused in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre))) or (Freeing in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre)))) or (Freed in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre)))))) and ((pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or (((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and ((((Unused in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre))) or (Freeing in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre)))) or (Freed in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre))))) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s21) | ((pc.post) = pc_2 and pre.failed = (((not (((Unused in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre))) or (Freeing in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre)))) or (Freed in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(life.pre))))) and (((FilterUnload.(FltUnregisterFilter_detached.pre)).(refs.pre)) >= 1)) => none else Violated_NoUseAfterFree))))))
}

-- driver FilterUnload.21  line 60: c.refs := c.refs - 1
pred FilterUnload_21[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step21
  no pre.arg1
  no pre.arg2
  ((pc_s21 in (FilterUnload.(pc.pre))) and (let refs_2 = (refs.pre) ++ ((FilterUnload.(FltUnregisterFilter_detached.pre)) -> minus[((FilterUnload.(FltUnregisterFilter_detached.pre)).(refs.pre)), 1]) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s22) | (((not (((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and (minus[((FilterUnload.(FltUnregisterFilter_detached.pre)).(refs.pre)), 1] >= minus[0, 1]))) and ((refs.post) = (refs.pre) and (pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or ((((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and (minus[((FilterUnload.(FltUnregisterFilter_detached.pre)).(refs.pre)), 1] >= minus[0, 1])) and ((refs.post) = refs_2 and (pc.post) = pc_2 and pre.failed = none))))))
}

-- driver FilterUnload.22  line 61: if c.refs == 0
pred FilterUnload_22[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step22
  no pre.arg1
  no pre.arg2
  ((pc_s22 in (FilterUnload.(pc.pre))) and (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s23) | (let pc_3 = (pc.pre) ++ (FilterUnload -> pc_s17) | (let pc_4 = ((((FilterUnload.(FltUnregisterFilter_detached.pre)).(refs.pre)) = 0) => pc_2 else pc_3) | (((not (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and ((pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and ((pc.post) = pc_4 and pre.failed = none)))))))
}

-- driver FilterUnload.23  line 62: c.life := Freeing
pred FilterUnload_23[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step23
  no pre.arg1
  no pre.arg2
  ((pc_s23 in (FilterUnload.(pc.pre))) and (let life_2 = (life.pre) ++ ((FilterUnload.(FltUnregisterFilter_detached.pre)) -> Freeing) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s24) | (((not (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and ((life.post) = (life.pre) and (pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and ((life.post) = life_2 and (pc.post) = pc_2 and pre.failed = none))))))
}

-- driver FilterUnload.24  line 63: call ContextCleanupCallback(c)
pred FilterUnload_24[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step24
  no pre.arg1
  no pre.arg2
  (((not ((not (pc_s24 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre))))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or (((not (pc_s24 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and (((pc_s24 in (FilterUnload.(pc.pre))) and (pc_idle in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(ContextCleanupCallback_pc.pre)))) and (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ ((FilterUnload.(FltUnregisterFilter_detached.pre)) -> pc_s1) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s25) | (((not (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and ((pc.post) = pc_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))))))
}

-- driver FilterUnload.25  line 63: call ContextCleanupCallback(c) (wait for return)
pred FilterUnload_25[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step25
  no pre.arg1
  no pre.arg2
  (((not ((not (pc_s25 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre))))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or (((not (pc_s25 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and (((pc_s25 in (FilterUnload.(pc.pre))) and (pc_returned in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(ContextCleanupCallback_pc.pre)))) and (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ ((FilterUnload.(FltUnregisterFilter_detached.pre)) -> pc_idle) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s26) | (((not (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and ((pc.post) = (pc.pre) and (ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and ((pc.post) = pc_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))))))
}

-- driver FilterUnload.26  line 64: c.life := Freed
pred FilterUnload_26[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step26
  no pre.arg1
  no pre.arg2
  ((pc_s26 in (FilterUnload.(pc.pre))) and (let life_2 = (life.pre) ++ ((FilterUnload.(FltUnregisterFilter_detached.pre)) -> Freed) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_s17) | (((not (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and ((life.post) = (life.pre) and (pc.post) = (pc.pre) and pre.failed = Violated_WellDefined)) or ((some (FilterUnload.(FltUnregisterFilter_detached.pre))) and ((life.post) = life_2 and (pc.post) = pc_2 and pre.failed = none))))))
}

-- driver FilterUnload.27  line 59: unloaded := true
pred FilterUnload_27[pre, post: State] {
  pre.action = Fired_FilterUnload
  pre.step = step27
  no pre.arg1
  no pre.arg2
  ((pc_s27 in (FilterUnload.(pc.pre))) and (let unloaded_2 = ((unloaded.pre) + (Globals)) | (let pc_2 = (pc.pre) ++ (FilterUnload -> pc_done) | ((unloaded.post) = unloaded_2 and (pc.post) = pc_2 and pre.failed = none))))
}

-- driver ContextCleanupCallback.1  line 47: c.member := false
pred ContextCleanupCallback_1[pre, post: State, c_2: Context] {
  pre.action = Fired_ContextCleanupCallback
  pre.step = step1
  pre.arg1 = c_2
  no pre.arg2
  ((pc_s1 in (c_2.(ContextCleanupCallback_pc.pre))) and (let member_2 = ((member.pre) - (c_2)) | (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ (c_2 -> pc_s2) | ((member.post) = member_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))
}

-- driver ContextCleanupCallback.2  line 48: c.cleaned := true
pred ContextCleanupCallback_2[pre, post: State, c_2: Context] {
  pre.action = Fired_ContextCleanupCallback
  pre.step = step2
  pre.arg1 = c_2
  no pre.arg2
  ((pc_s2 in (c_2.(ContextCleanupCallback_pc.pre))) and (let cleaned_2 = ((cleaned.pre) + (c_2)) | (let ContextCleanupCallback_pc_2 = (ContextCleanupCallback_pc.pre) ++ (c_2 -> pc_returned) | ((cleaned.post) = cleaned_2 and (ContextCleanupCallback_pc.post) = ContextCleanupCallback_pc_2 and pre.failed = none))))
}

-- a step is one action or a stutter
pred transition[pre, post: State] {
  stutter[pre]
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_1[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_2[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_3[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_4[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_5[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_6[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_7[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_8[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_9[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_10[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_11[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_12[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_13[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_14[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_15[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_16[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_17[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_18[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_19[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_20[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_21[pre, post, s, opener]))
  or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_22[pre, post, s, opener]))
  or FilterUnload_1[pre, post]
  or FilterUnload_2[pre, post]
  or FilterUnload_3[pre, post]
  or FilterUnload_4[pre, post]
  or FilterUnload_5[pre, post]
  or FilterUnload_6[pre, post]
  or FilterUnload_7[pre, post]
  or FilterUnload_8[pre, post]
  or FilterUnload_9[pre, post]
  or FilterUnload_10[pre, post]
  or FilterUnload_11[pre, post]
  or FilterUnload_12[pre, post]
  or FilterUnload_13[pre, post]
  or FilterUnload_14[pre, post]
  or FilterUnload_15[pre, post]
  or FilterUnload_16[pre, post]
  or FilterUnload_17[pre, post]
  or FilterUnload_18[pre, post]
  or FilterUnload_19[pre, post]
  or FilterUnload_20[pre, post]
  or FilterUnload_21[pre, post]
  or FilterUnload_22[pre, post]
  or FilterUnload_23[pre, post]
  or FilterUnload_24[pre, post]
  or FilterUnload_25[pre, post]
  or FilterUnload_26[pre, post]
  or FilterUnload_27[pre, post]
  or (some c_2: Context | ContextCleanupCallback_1[pre, post, c_2])
  or (some c_2: Context | ContextCleanupCallback_2[pre, post, c_2])
}

-- each variable changes only in a step of an action that may assign it
pred unchanged[pre, post: State] {
  ((life.post) = (life.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step4 + Fired_PostCreate -> step10 + Fired_PostCreate -> step18 + Fired_PostCreate -> step21 + Fired_FilterUnload -> step10 + Fired_FilterUnload -> step13 + Fired_FilterUnload -> step18 + Fired_FilterUnload -> step23 + Fired_FilterUnload -> step26)))
  ((refs.post) = (refs.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step4 + Fired_PostCreate -> step10 + Fired_PostCreate -> step16 + Fired_FilterUnload -> step4 + Fired_FilterUnload -> step8 + Fired_FilterUnload -> step21)))
  ((member.post) = (member.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step9 + Fired_ContextCleanupCallback -> step1)))
  ((cleaned.post) = (cleaned.pre) or some ((pre.action -> pre.step) & (Fired_ContextCleanupCallback -> step2)))
  ((ctx.post) = (ctx.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step10 + Fired_FilterUnload -> step18)))
  ((unregistered.post) = (unregistered.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step15)))
  ((pending.post) = (pending.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step7 + Fired_PostCreate -> step22)))
  ((unloaded.post) = (unloaded.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step27)))
  ((PostCreate_pc.post) = (PostCreate_pc.pre) or some (pre.action & (Fired_PostCreate)))
  ((PostCreate_c.post) = (PostCreate_c.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step1 + Fired_PostCreate -> step3 + Fired_PostCreate -> step4 + Fired_PostCreate -> step6 + Fired_PostCreate -> step17 + Fired_PostCreate -> step21)))
  ((PostCreate_r.post) = (PostCreate_r.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step10 + Fired_PostCreate -> step11)))
  ((PostCreate_old.post) = (PostCreate_old.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step10 + Fired_PostCreate -> step12)))
  ((PostCreate_tries.post) = (PostCreate_tries.pre) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step2 + Fired_PostCreate -> step3 + Fired_PostCreate -> step5)))
  ((pc.post) = (pc.pre) or some (pre.action & (Fired_FilterUnload)))
  ((c.post) = (c.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step4 + Fired_FilterUnload -> step5 + Fired_FilterUnload -> step9 + Fired_FilterUnload -> step13)))
  ((s_2.post) = (s_2.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step3 + Fired_FilterUnload -> step4)))
  ((FilterUnload_s_2_todo.post) = (FilterUnload_s_2_todo.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step2 + Fired_FilterUnload -> step3)))
  ((FltUnregisterFilter_detached.post) = (FltUnregisterFilter_detached.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step14 + Fired_FilterUnload -> step17 + Fired_FilterUnload -> step18)))
  ((s_16.post) = (s_16.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step17 + Fired_FilterUnload -> step18)))
  ((FilterUnload_s_16_todo.post) = (FilterUnload_s_16_todo.pre) or some ((pre.action -> pre.step) & (Fired_FilterUnload -> step16 + Fired_FilterUnload -> step17)))
  ((ContextCleanupCallback_pc.post) = (ContextCleanupCallback_pc.pre) or some (pre.action & (Fired_ContextCleanupCallback)) or some ((pre.action -> pre.step) & (Fired_PostCreate -> step19 + Fired_PostCreate -> step20 + Fired_FilterUnload -> step11 + Fired_FilterUnload -> step12 + Fired_FilterUnload -> step24 + Fired_FilterUnload -> step25)))
}

-- no action can be taken
pred deadlocked[pre: State] {
  (((((((((((((((((((((((((((((((((((((((((((((((((((no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s1 in (s.(PostCreate_pc.pre))[opener]))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s2 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s3 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s4 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s5 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s6 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s7 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s8 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s9 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((pc_s10 in (s.(PostCreate_pc.pre))[opener]) and ((not ((no (s.(PostCreate_c.pre))[opener]) or (some (s.(PostCreate_c.pre))[opener]))) or (((no (s.(PostCreate_c.pre))[opener]) or (some (s.(PostCreate_c.pre))[opener])) and ((no (s.(ctx.pre))) or (not (no (s.(ctx.pre))))))))))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s11 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s12 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s13 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s14 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s15 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s16 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s17 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s18 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((not ((not (pc_s19 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener]))) or (((not (pc_s19 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener])) and ((pc_s19 in (s.(PostCreate_pc.pre))[opener]) and (pc_idle in ((s.(PostCreate_c.pre))[opener].(ContextCleanupCallback_pc.pre))))))))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((not ((not (pc_s20 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener]))) or (((not (pc_s20 in (s.(PostCreate_pc.pre))[opener])) or (some (s.(PostCreate_c.pre))[opener])) and ((pc_s20 in (s.(PostCreate_pc.pre))[opener]) and (pc_returned in ((s.(PostCreate_c.pre))[opener].(ContextCleanupCallback_pc.pre))))))))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s21 in (s.(PostCreate_pc.pre))[opener])))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (pc_s22 in (s.(PostCreate_pc.pre))[opener])))) and (not ((pc_s1 in (FilterUnload.(pc.pre))) and ((Globals.(pending.pre)) = 0)))) and (not (pc_s2 in (FilterUnload.(pc.pre))))) and (not ((pc_s3 in (FilterUnload.(pc.pre))) and (((some s: Stream | (s in (FilterUnload_s_2_todo.pre))) and (some s_3: Stream | (s_3 in (FilterUnload_s_2_todo.pre)))) or (not (some s: Stream | (s in (FilterUnload_s_2_todo.pre)))))))) and (not (pc_s4 in (FilterUnload.(pc.pre))))) and (not (pc_s5 in (FilterUnload.(pc.pre))))) and (not (pc_s6 in (FilterUnload.(pc.pre))))) and (not (pc_s7 in (FilterUnload.(pc.pre))))) and (not (pc_s8 in (FilterUnload.(pc.pre))))) and (not (pc_s9 in (FilterUnload.(pc.pre))))) and (not (pc_s10 in (FilterUnload.(pc.pre))))) and (not ((not ((not (pc_s11 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre))))) or (((not (pc_s11 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre)))) and ((pc_s11 in (FilterUnload.(pc.pre))) and (pc_idle in ((FilterUnload.(c.pre)).(ContextCleanupCallback_pc.pre)))))))) and (not ((not ((not (pc_s12 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre))))) or (((not (pc_s12 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(c.pre)))) and ((pc_s12 in (FilterUnload.(pc.pre))) and (pc_returned in ((FilterUnload.(c.pre)).(ContextCleanupCallback_pc.pre)))))))) and (not (pc_s13 in (FilterUnload.(pc.pre))))) and (not ((pc_s14 in (FilterUnload.(pc.pre))) and (not (Globals in (unregistered.pre)))))) and (not (pc_s15 in (FilterUnload.(pc.pre))))) and (not (pc_s16 in (FilterUnload.(pc.pre))))) and (not ((pc_s17 in (FilterUnload.(pc.pre))) and (((some s: Stream | (s in (FilterUnload_s_16_todo.pre))) and (some s_3: Stream | (s_3 in (FilterUnload_s_16_todo.pre)))) or (not (some s: Stream | (s in (FilterUnload_s_16_todo.pre)))))))) and (not (pc_s18 in (FilterUnload.(pc.pre))))) and (not (pc_s19 in (FilterUnload.(pc.pre))))) and (not (pc_s20 in (FilterUnload.(pc.pre))))) and (not (pc_s21 in (FilterUnload.(pc.pre))))) and (not (pc_s22 in (FilterUnload.(pc.pre))))) and (not (pc_s23 in (FilterUnload.(pc.pre))))) and (not ((not ((not (pc_s24 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre))))) or (((not (pc_s24 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and ((pc_s24 in (FilterUnload.(pc.pre))) and (pc_idle in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(ContextCleanupCallback_pc.pre)))))))) and (not ((not ((not (pc_s25 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre))))) or (((not (pc_s25 in (FilterUnload.(pc.pre)))) or (some (FilterUnload.(FltUnregisterFilter_detached.pre)))) and ((pc_s25 in (FilterUnload.(pc.pre))) and (pc_returned in ((FilterUnload.(FltUnregisterFilter_detached.pre)).(ContextCleanupCallback_pc.pre)))))))) and (not (pc_s26 in (FilterUnload.(pc.pre))))) and (not (pc_s27 in (FilterUnload.(pc.pre))))) and (no c_2: Context | (pc_s1 in (c_2.(ContextCleanupCallback_pc.pre))))) and (no c_2: Context | (pc_s2 in (c_2.(ContextCleanupCallback_pc.pre)))))
}

-- assert SetOnlyAllocated  FLT-CTX-12, FLT-CTX-8, FLT-CTX-9
pred SetOnlyAllocated_fails[pre: State] {
  (Violated_SetOnlyAllocated in pre.failed)
}
assert SetOnlyAllocated { all pre: State | not SetOnlyAllocated_fails[pre] }

-- assert NoUseAfterFree  FLT-CTX-18, FLT-CTX-28, FLT-CTX-22
pred NoUseAfterFree_fails[pre: State] {
  (Violated_NoUseAfterFree in pre.failed)
}
assert NoUseAfterFree { all pre: State | not NoUseAfterFree_fails[pre] }

-- invariant CleanupBeforeFree  FLT-CTX-2
pred CleanupBeforeFree_fails[pre: State] {
  (not (all c_2: Context | ((not (Freed in (c_2.(life.pre)))) or (c_2 in (cleaned.pre)))))
}
assert CleanupBeforeFree { all pre: State | not CleanupBeforeFree_fails[pre] }

-- invariant NoOverRelease  FLT-CTX-28
pred NoOverRelease_fails[pre: State] {
  (not (all c_2: Context | ((c_2.(refs.pre)) > minus[0, 1])))
}
assert NoOverRelease { all pre: State | not NoOverRelease_fails[pre] }

-- invariant OnlyAttachedIsLinked  FLT-CTX-12
pred OnlyAttachedIsLinked_fails[pre: State] {
  (not (all s: Stream | (all c_2: Context | ((not (c_2 in (s.(ctx.pre)))) or (Attached in (c_2.(life.pre)))))))
}
assert OnlyAttachedIsLinked { all pre: State | not OnlyAttachedIsLinked_fails[pre] }

-- at end NoLeak  FLT-CTX-5, FLT-CTX-29
pred NoLeak_fails[pre: State] {
  (deadlocked[pre] and (not (all c_2: Context | ((Unused in (c_2.(life.pre))) or (Freed in (c_2.(life.pre)))))))
}
assert NoLeak { not NoLeak_fails[last] }

-- invariant MemberFreedWithContext  FLT-CTX-3
pred MemberFreedWithContext_fails[pre: State] {
  (not (all c_2: Context | ((not (Freed in (c_2.(life.pre)))) or (not (c_2 in (member.pre))))))
}
assert MemberFreedWithContext { all pre: State | not MemberFreedWithContext_fails[pre] }

-- invariant AtMostOneAttached  FLT-CTX-12
pred AtMostOneAttached_fails[pre: State] {
  (not (#{c_2: Context | (Attached in (c_2.(life.pre)))} <= 1))
}
assert AtMostOneAttached { all pre: State | not AtMostOneAttached_fails[pre] }

-- hang UnloadFinishes  FLT-UNL-7
pred UnloadFinishes_fails[pre: State] {
  (deadlocked[pre] and (not (Globals in (unloaded.pre))))
}
assert UnloadFinishes { not UnloadFinishes_fails[last] }

pred WellDefined_fails_in_state[pre: State] {
  (some none)
}

-- well defined WellDefined
pred WellDefined_fails[pre: State] {
  ((Violated_WellDefined in pre.failed) or WellDefined_fails_in_state[pre])
}
assert WellDefined { all pre: State | not WellDefined_fails[pre] }

-- the traces: the first state is initial; every step is one action or a stutter and changes only what
-- that action assigns; the last state takes no step, so a trace of n states shows the violations within
-- n - 1 steps
fact init { initial[first] }
fact transitions {
  all pre: State - last | transition[pre, pre.next]
  stutter[last]
}
fact frame { all pre: State - last | unchanged[pre, pre.next] }

check SetOnlyAllocated for 1 but 4 Int, exactly 11 State, exactly 1 Context
check NoUseAfterFree for 1 but 4 Int, exactly 11 State, exactly 1 Context
check CleanupBeforeFree for 1 but 4 Int, exactly 11 State, exactly 1 Context
check NoOverRelease for 1 but 4 Int, exactly 11 State, exactly 1 Context
check OnlyAttachedIsLinked for 1 but 4 Int, exactly 11 State, exactly 1 Context
check NoLeak for 1 but 4 Int, exactly 11 State, exactly 1 Context
check MemberFreedWithContext for 1 but 4 Int, exactly 11 State, exactly 1 Context
check AtMostOneAttached for 1 but 4 Int, exactly 11 State, exactly 1 Context
check UnloadFinishes for 1 but 4 Int, exactly 11 State, exactly 1 Context
check WellDefined for 1 but 4 Int, exactly 11 State, exactly 1 Context
